package io.regionwatch.ingest.read;

import io.regionwatch.core.event.Origin;
import io.regionwatch.ingest.Limits;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one input (file or stdin) as JSON records: detects gzip by its magic bytes, then reads
 * NDJSON, top-level arrays, concatenated documents and single objects with the streaming parser.
 * With {@code expandContainers}, a top-level object's {@code Records}, {@code records}, {@code value},
 * {@code Events}, {@code logEvents} or {@code entries} array is streamed element by element.
 */
public final class JsonRecordReader {
    private final Limits limits;
    private final boolean expandContainers;
    private final JsonFactory factory;

    public JsonRecordReader(Limits limits, boolean expandContainers) {
        this.limits = limits;
        this.expandContainers = expandContainers;
        this.factory = factory(limits);
    }

    /** The parser factory with our limits; shared by {@link JsonText}. */
    static JsonFactory factory(Limits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(Math.max(limits.maxDepth() * 4, 256))
                // Jackson's bound guards memory; our own, smaller check in TreeBuilder rejects just one record
                .maxStringLength(Math.max(limits.maxStringLength(), limits.maxRecordChars()))
                .maxNameLength(Math.min(limits.maxStringLength(), 64 * 1024))
                .build();
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
    }

    /**
     * Reads every record of {@code in} into {@code handler}; never throws for bad content.
     *
     * @return the bytes taken from {@code in} (compressed size for gzip)
     */
    public long read(InputStream in, String source, RecordHandler handler) {
        CountingInputStream counted = new CountingInputStream(in);
        Reader chars;
        try {
            chars = decode(counted);
        } catch (IOException e) {
            handler.onReject(new Origin(source, 0, 0), "unreadable input: " + describe(e), "");
            return counted.count();
        }
        LineServingReader lines = new LineServingReader(chars, Math.min(limits.maxRecordChars(), 4 * 1024 * 1024));
        new FileScan(factory, limits, expandContainers, source, lines, handler).run();
        return counted.count();
    }

    private Reader decode(CountingInputStream counted) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(counted, 64 * 1024);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        InputStream data = buffered;
        if (b0 == 0x1f && b1 == 0x8b) {
            data = new InflateGuardStream(new GZIPInputStream(buffered, 64 * 1024), counted,
                    limits.maxDecompressedBytes(), limits.maxCompressionRatio());
        }
        // Windows tools (PowerShell's Out-File) write UTF-16 with a byte order mark; Java's UTF-16 decoder reads the mark
        boolean utf16 = b0 == 0xfe && b1 == 0xff || b0 == 0xff && b1 == 0xfe;
        return new InputStreamReader(data, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
    }

    static String describe(Throwable e) {
        String name = e instanceof java.io.EOFException ? "truncated input (gzip stream ends early)"
                : e instanceof java.util.zip.ZipException ? "corrupt gzip data"
                : e instanceof LimitExceededException ? "limit exceeded"
                : e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
}
