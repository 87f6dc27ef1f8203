package io.regionwatch.kql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Property: any query printed with Kibana's escaping rules parses back to the tree it was printed
 * from. Each repetition draws one random query from a fixed seed, so a failure names its seed.
 */
class KqlRoundTripPropertyTest {
    private static final String ALPHABET = "abcxyzAB019 -._/@\\():<>\"*{}";

    /** A generated query: the text to parse and the S-expression it must parse to. */
    private record Sample(String kql, String sexp) {
    }

    @RepeatedTest(500)
    void printedQueriesParseBack(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        Sample sample = query(random, 3);
        assertThat(KqlParserTest.sexp(sample.kql())).as("seed %d: %s", info.getCurrentRepetition(), sample.kql())
                .isEqualTo(sample.sexp());
    }

    private Sample query(Random r, int depth) {
        int choice = r.nextInt(depth > 0 ? 8 : 4);
        return switch (choice) {
            case 0, 1 -> fieldValues(r);
            case 2 -> range(r);
            case 3 -> anyField(r);
            case 4 -> {
                Sample inner = query(r, depth - 1);
                yield new Sample("not (" + inner.kql() + ")", "(not " + inner.sexp() + ")");
            }
            case 5 -> {
                Sample inner = query(r, depth - 1);
                yield new Sample("nest:{ " + inner.kql() + " }", "(nested nest " + inner.sexp() + ")");
            }
            default -> junction(r, depth, choice == 6 ? "and" : "or");
        };
    }

    private Sample junction(Random r, int depth, String keyword) {
        List<Sample> operands = new ArrayList<>();
        for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
            operands.add(query(r, depth - 1));
        }
        String spelled = r.nextBoolean() ? keyword : keyword.toUpperCase(java.util.Locale.ROOT);
        return new Sample("(" + String.join(" " + spelled + " ", operands.stream().map(Sample::kql).toList()) + ")",
                "(" + keyword + " " + String.join(" ", operands.stream().map(Sample::sexp).toList()) + ")");
    }

    private Sample fieldValues(Random r) {
        String field = field(r);
        if (r.nextInt(3) > 0) {
            Sample v = value(r);
            return new Sample(field + ":" + v.kql(), "(" + field + ": " + v.sexp() + ")");
        }
        List<Sample> values = new ArrayList<>();
        for (int i = 0, n = 2 + r.nextInt(3); i < n; i++) {
            values.add(value(r));
        }
        return new Sample(field + ":(" + String.join(" or ", values.stream().map(Sample::kql).toList()) + ")",
                "(" + field + ": (or " + String.join(" ", values.stream().map(Sample::sexp).toList()) + "))");
    }

    private Sample range(Random r) {
        String op = List.of("<", "<=", ">", ">=").get(r.nextInt(4));
        String bound = Integer.toString(r.nextInt(10_000));
        return new Sample(field(r) + " " + op + " " + bound, "(" + fieldSexp + " " + op + " " + bound + ")");
    }

    private String fieldSexp;

    private Sample anyField(Random r) {
        Sample v = value(r);
        return new Sample(v.kql(), "(any " + v.sexp() + ")");
    }

    private String field(Random r) {
        fieldSexp = List.of("event.action", "cloud.region", "a", "x.y.z", "event.*").get(r.nextInt(5));
        return fieldSexp;
    }

    private Sample value(Random r) {
        String text = text(r);
        if (r.nextBoolean()) {
            String quoted = text.replace("\\", "\\\\").replace("\"", "\\\"");
            return new Sample("\"" + quoted + "\"", "\"" + text + "\"");
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.matches("(?is).*not.*")) {
            return new Sample("v", "v");
        }
        boolean wildcard = r.nextInt(4) == 0;
        String printed = escapeUnquoted(trimmed) + (wildcard ? "*" : "");
        String sexp = trimmed.replace("*", "\\*") + (wildcard ? "*" : "");
        return new Sample(printed, sexp);
    }

    private String text(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
            int pick = r.nextInt(10);
            sb.append(pick == 0 ? " or " : pick == 1 ? " and " : String.valueOf(ALPHABET.charAt(r.nextInt(ALPHABET.length()))));
        }
        return sb.toString();
    }

    /**
     * Like Kibana's escapeKuery, but sound: specials get a backslash, and so does every or/and word
     * after whitespace (Kibana's own regex misses "a and or b" and a trailing "or" before a keyword).
     */
    private static String escapeUnquoted(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append("\\():<>\"*{}".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
        }
        return sb.toString().replaceAll("(?i)(?<=\\s)(and|or)(?=\\s|$)", "\\\\$1");
    }
}
