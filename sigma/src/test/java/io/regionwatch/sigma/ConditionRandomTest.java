package io.regionwatch.sigma;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random conditions (so a failure reproduces): each expression tree is printed with the
 * fewest parentheses the precedence rules allow, compiled as a rule, and checked against the
 * tree's own value on all sixteen truth assignments of its four searches.
 */
class ConditionRandomTest {
    private static final String SEARCHES = "  a:\n    eventName: x\n  b:\n    eventSource: x\n"
            + "  c:\n    awsRegion: x\n  _d:\n    userIdentity.userName: x\n";
    private static final String[] FIELDS = {"event.action", "event.provider", "cloud.region", "user.name"};

    /** A boolean expression and its printed precedence: or 1, and 2, not 3, operand 4. */
    private interface Expr {
        boolean eval(boolean[] truth);

        int precedence();

        String print();
    }

    private record Leaf(int index, String text) implements Expr {
        public boolean eval(boolean[] t) {
            return index < 0 ? t[3] : t[index];
        }

        public int precedence() {
            return 4;
        }

        public String print() {
            return text;
        }
    }

    private record Not(Expr inner) implements Expr {
        public boolean eval(boolean[] t) {
            return !inner.eval(t);
        }

        public int precedence() {
            return 3;
        }

        public String print() {
            return "not " + wrap(inner, 3);
        }
    }

    private record Binary(boolean and, Expr left, Expr right) implements Expr {
        public boolean eval(boolean[] t) {
            return and ? left.eval(t) && right.eval(t) : left.eval(t) || right.eval(t);
        }

        public int precedence() {
            return and ? 2 : 1;
        }

        public String print() {
            return wrap(left, precedence()) + (and ? " and " : " or ") + wrap(right, precedence());
        }
    }

    private static String wrap(Expr e, int context) {
        return e.precedence() < context ? "(" + e.print() + ")" : e.print();
    }

    private static Expr random(Random r, int depth) {
        int pick = depth == 0 ? 0 : r.nextInt(4);
        return switch (pick) {
            case 0 -> leaf(r);
            case 1 -> new Not(random(r, depth - 1));
            default -> new Binary(pick == 2, random(r, depth - 1), random(r, depth - 1));
        };
    }

    /** {@code all of them}: every search not starting with an underscore. */
    private record AllOfThem() implements Expr {
        public boolean eval(boolean[] t) {
            return t[0] && t[1] && t[2];
        }

        public int precedence() {
            return 4;
        }

        public String print() {
            return "all of them";
        }
    }

    private static Expr leaf(Random r) {
        int i = r.nextInt(5);
        List<String> names = List.of("a", "b", "c", "1 of _*");
        return i < 3 ? new Leaf(i, names.get(i)) : i == 3 ? new Leaf(-1, names.get(3)) : new AllOfThem();
    }

    @Test
    void printedConditionsEvaluateLikeTheirTrees() throws Exception {
        Random r = new Random(42);
        for (int n = 0; n < 200; n++) {
            Expr e = random(r, 1 + r.nextInt(4));
            CompiledSigmaRule rule = TestRules.rule(SEARCHES + "  condition: " + e.print() + "\n");
            for (int bits = 0; bits < 16; bits++) {
                boolean[] truth = {(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0};
                assertThat(TestRules.matches(rule, event(truth))).as(e.print() + " with " + bits).isEqualTo(e.eval(truth));
            }
        }
    }

    private static Event event(boolean[] truth) {
        Object[] kv = new Object[8];
        for (int i = 0; i < 4; i++) {
            kv[2 * i] = FIELDS[i];
            kv[2 * i + 1] = truth[i] ? "x" : "y";
        }
        return TestRules.event(kv);
    }
}
