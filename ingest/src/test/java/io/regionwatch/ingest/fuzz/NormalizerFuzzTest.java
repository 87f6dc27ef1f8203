package io.regionwatch.ingest.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.regionwatch.core.event.Origin;
import io.regionwatch.ingest.Limits;
import io.regionwatch.ingest.normalize.aws.CloudTrailNormalizer;
import io.regionwatch.ingest.normalize.azure.ActivityLogNormalizer;
import io.regionwatch.ingest.normalize.gcp.AuditLogNormalizer;
import io.regionwatch.ingest.read.JsonRecordReader;
import io.regionwatch.ingest.read.JsonText;
import io.regionwatch.ingest.read.RecordHandler;
import io.regionwatch.ingest.reject.InvalidRecordException;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.Function;

/**
 * Each normalizer, called directly with whatever JSON object the fuzzer forms (types swapped,
 * fields missing, odd values): it maps the record or throws {@link InvalidRecordException}, never
 * anything else (which {@code Normalizer} would turn into an "internal normalization error").
 */
class NormalizerFuzzTest {
    private static final Limits LIMITS = Limits.defaults().withMaxRecordChars(64 * 1024);
    private static final JsonRecordReader READER = new JsonRecordReader(LIMITS, true);
    private final CloudTrailNormalizer cloudTrail = new CloudTrailNormalizer();
    private final ActivityLogNormalizer azure = new ActivityLogNormalizer(new JsonText(LIMITS));
    private final AuditLogNormalizer gcp = new AuditLogNormalizer();

    @DictionaryEntries({"\"Records\":[", "\"records\":[", "\"value\":[", "\"Events\":[", "\"logEvents\":[", "\"entries\":[", "\"eventVersion\":", "\"eventSource\":", "\"eventName\":", "\"eventTime\":", "\"awsRegion\":", "\"userIdentity\":{", "\"requestParameters\":", "\"responseElements\":", "\"CloudTrailEvent\":", "\"detail-type\":", "\"detail\":{", "\"message\":", "\"protoPayload\":{", "\"resourceName\":", "\"operationName\":", "\"resourceId\":", "\"properties\":{", "\"time\":", "\"category\":", "\"OperationNameValue\":", "\"TimeGenerated\":", "\"location\":", "\"digestEndTime\":", "\"insightDetails\":", "\"2024-05-01T10:00:00Z\"", "1e999", "null", "\\u0000"})
    @FuzzTest(maxDuration = "60s")
    void cloudTrail(byte[] data) {
        each(data, cloudTrail::normalize);
    }

    @DictionaryEntries({"\"Records\":[", "\"records\":[", "\"value\":[", "\"Events\":[", "\"logEvents\":[", "\"entries\":[", "\"eventVersion\":", "\"eventSource\":", "\"eventName\":", "\"eventTime\":", "\"awsRegion\":", "\"userIdentity\":{", "\"requestParameters\":", "\"responseElements\":", "\"CloudTrailEvent\":", "\"detail-type\":", "\"detail\":{", "\"message\":", "\"protoPayload\":{", "\"resourceName\":", "\"operationName\":", "\"resourceId\":", "\"properties\":{", "\"time\":", "\"category\":", "\"OperationNameValue\":", "\"TimeGenerated\":", "\"location\":", "\"digestEndTime\":", "\"insightDetails\":", "\"2024-05-01T10:00:00Z\"", "1e999", "null", "\\u0000"})
    @FuzzTest(maxDuration = "60s")
    void azureActivity(byte[] data) {
        each(data, azure::normalize);
    }

    @DictionaryEntries({"\"Records\":[", "\"records\":[", "\"value\":[", "\"Events\":[", "\"logEvents\":[", "\"entries\":[", "\"eventVersion\":", "\"eventSource\":", "\"eventName\":", "\"eventTime\":", "\"awsRegion\":", "\"userIdentity\":{", "\"requestParameters\":", "\"responseElements\":", "\"CloudTrailEvent\":", "\"detail-type\":", "\"detail\":{", "\"message\":", "\"protoPayload\":{", "\"resourceName\":", "\"operationName\":", "\"resourceId\":", "\"properties\":{", "\"time\":", "\"category\":", "\"OperationNameValue\":", "\"TimeGenerated\":", "\"location\":", "\"digestEndTime\":", "\"insightDetails\":", "\"2024-05-01T10:00:00Z\"", "1e999", "null", "\\u0000"})
    @FuzzTest(maxDuration = "60s")
    void gcpAudit(byte[] data) {
        each(data, gcp::normalize);
    }

    @SuppressWarnings("unchecked")
    private static void each(byte[] data, Function<Map<String, Object>, Map<String, Object>> normalizer) {
        RecordHandler handler = new RecordHandler() {
            @Override
            public void onRecord(Object tree, Origin origin) {
                if (tree instanceof Map<?, ?> map) {
                    try {
                        normalizer.apply((Map<String, Object>) map);
                    } catch (InvalidRecordException expected) {
                        // the documented way to refuse a record
                    }
                }
            }

            @Override
            public void onReject(Origin origin, String reason, String excerpt) {
            }

            @Override
            public void onSkip(Origin origin, String reason) {
            }
        };
        READER.read(new ByteArrayInputStream(data), "fuzz", handler);
    }
}
