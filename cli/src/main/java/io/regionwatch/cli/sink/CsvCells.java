package io.regionwatch.cli.sink;

/**
 * CSV quoting (RFC 4180) plus neutralizing of formula injection: a cell that a spreadsheet would
 * evaluate ({@code = + - @}, tab or carriage return first) gets a leading apostrophe, as OWASP
 * advises, because log fields such as user names and user agents are chosen by the attacker.
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** One cell, escaped and quoted when needed. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = isFormulaStart(value.charAt(0)) ? "'" + value : value;
        if (needsQuotes(safe)) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\t') {
                return true;
            }
        }
        return false;
    }
}
