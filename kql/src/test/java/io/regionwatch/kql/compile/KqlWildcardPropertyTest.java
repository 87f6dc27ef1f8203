package io.regionwatch.kql.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Property: the segment matcher agrees with a regex built the way Kibana's wildcard.test builds one. */
class KqlWildcardPropertyTest {
    @RepeatedTest(2000)
    void agreesWithRegexOracle(RepetitionInfo info) {
        Random r = new Random(info.getCurrentRepetition());
        List<String> segments = new ArrayList<>();
        for (int i = 0, n = 2 + r.nextInt(4); i < n; i++) {
            segments.add(word(r, 3));
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            regex.append(i > 0 ? "[\\s\\S]*" : "").append(Pattern.quote(segments.get(i)));
        }
        Pattern oracle = Pattern.compile(regex.toString());
        KqlWildcard wildcard = new KqlWildcard(segments, false);
        for (int k = 0; k < 20; k++) {
            String value = word(r, 10);
            assertThat(wildcard.test(value)).as("%s vs %s", segments, value).isEqualTo(oracle.matcher(value).matches());
        }
    }

    private static String word(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = r.nextInt(max + 1); i < n; i++) {
            sb.append("ab?.".charAt(r.nextInt(4)));
        }
        return sb.toString();
    }
}
