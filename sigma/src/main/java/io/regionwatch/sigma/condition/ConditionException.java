package io.regionwatch.sigma.condition;

/** A syntax error at a 0-based offset in the condition text. */
public final class ConditionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;

    public ConditionException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
