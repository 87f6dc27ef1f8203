package io.regionwatch.ingest.reject;

/** One record cannot be normalized; the message is the reject reason. */
public final class InvalidRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidRecordException(String reason) {
        super(reason, null, false, false);
    }
}
