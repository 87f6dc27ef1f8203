package io.regionwatch.sigma.modifier;

/** A modifier cannot apply to the values or chain it was given; the message says why. */
public final class ModifierException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModifierException(String message) {
        super(message);
    }
}
