package io.regionwatch.ingest.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops a gzip stream that expands too far (a gzip bomb) before it is expanded: the decompressed
 * total and, past the first mebibyte, the ratio to the compressed bytes are checked on every read.
 */
final class InflateGuardStream extends FilterInputStream {
    private static final long RATIO_GRACE_BYTES = 1L << 20;
    private final CountingInputStream compressed;
    private final long maxBytes;
    private final int maxRatio;
    private long inflated;

    InflateGuardStream(InputStream inflating, CountingInputStream compressed, long maxBytes, int maxRatio) {
        super(inflating);
        this.compressed = compressed;
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            inflated += n;
            check();
        }
        return n;
    }

    private void check() throws LimitExceededException {
        if (inflated > maxBytes) {
            throw new LimitExceededException("gzip expands beyond " + maxBytes + " bytes (limit maxDecompressedBytes)");
        }
        long in = Math.max(1, compressed.count());
        if (inflated > RATIO_GRACE_BYTES && inflated / in > maxRatio) {
            throw new LimitExceededException("gzip compression ratio above " + maxRatio
                    + ":1 after " + inflated + " bytes (limit maxCompressionRatio; likely a gzip bomb)");
        }
    }
}
