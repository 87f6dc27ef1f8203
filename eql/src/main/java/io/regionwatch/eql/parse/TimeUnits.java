package io.regionwatch.eql.parse;

import io.regionwatch.eql.lex.Token;
import io.regionwatch.eql.lex.TokenKind;
import java.time.Duration;

/** Reads an Elasticsearch time value such as {@code 500ms}, {@code 10s}, {@code 1h}, {@code 2d}. */
final class TimeUnits {
    private TimeUnits() {
    }

    static Duration duration(TokenStream in) {
        Token number = in.peek();
        if (number.kind() != TokenKind.INTEGER && number.kind() != TokenKind.DECIMAL) {
            throw in.fail("a time span such as 10s");
        }
        in.advance();
        double amount = ((Number) number.value()).doubleValue();
        Token unit = in.peek();
        if (unit.kind() != TokenKind.IDENTIFIER) {
            in.error(number.span(), "no time unit after " + number.text()
                    + "; write one of nanos, micros, ms, s, m, h, d, as in " + number.text() + "s");
            throw new TokenStream.ParseError();
        }
        in.advance();
        long nanosPerUnit = nanosPer((String) unit.value());
        if (nanosPerUnit == 0) {
            in.error(unit.span(), "unknown time unit '" + unit.text() + "'; use one of nanos, micros, ms, s, m, h, d");
            throw new TokenStream.ParseError();
        }
        if (amount <= 0) {
            in.error(number.span(), "maxspan must be positive");
        }
        return Duration.ofNanos((long) (amount * nanosPerUnit));
    }

    private static long nanosPer(String unit) {
        return switch (unit) {
            case "nanos" -> 1L;
            case "micros" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "d" -> 86_400_000_000_000L;
            default -> 0L;
        };
    }
}
