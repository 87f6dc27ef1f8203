package io.regionwatch.ingest.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.regionwatch.ingest.Collector;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.Limits;
import io.regionwatch.ingest.Reject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * Log files are attacker-influenced bytes: whatever they hold, format detection, every reader and
 * the normalizers behind them end in events, rejects or skips that add up, and never in an exception
 * or in a reject that hides a mapping bug. Small limits so the fuzzer reaches them.
 */
class ReaderFuzzTest {
    private static final Limits SMALL = Limits.defaults().withMaxDepth(8).withMaxStringLength(256)
            .withMaxRecordChars(2048).withMaxRecordsPerFile(50).withMaxDecompressedBytes(64 * 1024)
            .withMaxCompressionRatio(20);

    /** {@link Collector#ingest} checks read = evaluated + rejected + skipped and the listener calls. */
    private static void ingest(byte[] data, IngestOptions options) {
        Collector c = Collector.ingest(data, options);
        for (Reject r : c.rejects) {
            if (r.reason().startsWith("internal normalization error")) {
                throw new AssertionError("normalizer bug hidden as a reject: " + r);
            }
        }
    }

    @DictionaryEntries({"\"Records\":[", "\"records\":[", "\"value\":[", "\"Events\":[", "\"logEvents\":[", "\"entries\":[", "\"eventVersion\":", "\"eventSource\":", "\"eventName\":", "\"eventTime\":", "\"awsRegion\":", "\"userIdentity\":{", "\"requestParameters\":", "\"responseElements\":", "\"CloudTrailEvent\":", "\"detail-type\":", "\"detail\":{", "\"message\":", "\"protoPayload\":{", "\"resourceName\":", "\"operationName\":", "\"resourceId\":", "\"properties\":{", "\"time\":", "\"category\":", "\"OperationNameValue\":", "\"TimeGenerated\":", "\"location\":", "\"digestEndTime\":", "\"insightDetails\":", "\"2024-05-01T10:00:00Z\"", "1e999", "null", "\\u0000"})
    @FuzzTest(maxDuration = "60s")
    void detectReadNormalize(byte[] data) {
        ingest(data, new IngestOptions(false, true, SMALL));
    }

    @DictionaryEntries({"\"Records\":[", "\"records\":[", "\"value\":[", "\"Events\":[", "\"logEvents\":[", "\"entries\":[", "\"eventVersion\":", "\"eventSource\":", "\"eventName\":", "\"eventTime\":", "\"awsRegion\":", "\"userIdentity\":{", "\"requestParameters\":", "\"responseElements\":", "\"CloudTrailEvent\":", "\"detail-type\":", "\"detail\":{", "\"message\":", "\"protoPayload\":{", "\"resourceName\":", "\"operationName\":", "\"resourceId\":", "\"properties\":{", "\"time\":", "\"category\":", "\"OperationNameValue\":", "\"TimeGenerated\":", "\"location\":", "\"digestEndTime\":", "\"insightDetails\":", "\"2024-05-01T10:00:00Z\"", "1e999", "null", "\\u0000"})
    @FuzzTest(maxDuration = "60s")
    void detectReadRaw(byte[] data) {
        ingest(data, new IngestOptions(true, false, SMALL));
    }

    /** The fuzzer seldom forms valid gzip by itself; this wraps its bytes so the inflating path runs. */
    @DictionaryEntries({"\"Records\":[", "\"records\":[", "\"value\":[", "\"Events\":[", "\"logEvents\":[", "\"entries\":[", "\"eventVersion\":", "\"eventSource\":", "\"eventName\":", "\"eventTime\":", "\"awsRegion\":", "\"userIdentity\":{", "\"requestParameters\":", "\"responseElements\":", "\"CloudTrailEvent\":", "\"detail-type\":", "\"detail\":{", "\"message\":", "\"protoPayload\":{", "\"resourceName\":", "\"operationName\":", "\"resourceId\":", "\"properties\":{", "\"time\":", "\"category\":", "\"OperationNameValue\":", "\"TimeGenerated\":", "\"location\":", "\"digestEndTime\":", "\"insightDetails\":", "\"2024-05-01T10:00:00Z\"", "1e999", "null", "\\u0000"})
    @FuzzTest(maxDuration = "60s")
    void gzipped(byte[] data) {
        ingest(gzip(data), new IngestOptions(false, false, SMALL));
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
