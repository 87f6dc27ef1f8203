package io.regionwatch.ingest.read;

/** One record broke a limit; the parser has been moved past it so reading can go on. */
final class RecordLimitException extends Exception {
    private static final long serialVersionUID = 1L;

    RecordLimitException(String message) {
        super(message, null, false, false);
    }
}
