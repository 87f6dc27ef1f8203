package io.regionwatch.eql.function;

/** What a function accepts in one argument position; checked against constant arguments only. */
public enum ArgType {
    STRING("a string"), NUMBER("a number"), BOOLEAN("a boolean"), ANY("a value");

    private final String display;

    ArgType(String display) {
        this.display = display;
    }

    public String display() {
        return display;
    }

    /** Whether a constant fits; null fits everything (functions return null for it). */
    public boolean accepts(Object value) {
        return switch (this) {
            case STRING -> value == null || value instanceof String;
            case NUMBER -> value == null || value instanceof Number;
            case BOOLEAN -> value == null || value instanceof Boolean;
            case ANY -> true;
        };
    }
}
