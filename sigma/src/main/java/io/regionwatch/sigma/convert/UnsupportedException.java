package io.regionwatch.sigma.convert;

/** A Sigma construct the target language cannot express; the converter reports it at the item. */
public final class UnsupportedException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnsupportedException(String message) {
        super(message);
    }
}
