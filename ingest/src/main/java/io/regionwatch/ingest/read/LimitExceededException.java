package io.regionwatch.ingest.read;

import java.io.IOException;

/** An input broke one of the configured {@link io.regionwatch.ingest.Limits}. */
public final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    public LimitExceededException(String message) {
        super(message);
    }
}
