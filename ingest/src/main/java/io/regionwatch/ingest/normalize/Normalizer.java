package io.regionwatch.ingest.normalize;

import io.regionwatch.core.match.ActionInterest;
import io.regionwatch.ingest.IngestOptions;
import io.regionwatch.ingest.normalize.aws.CloudTrailNormalizer;
import io.regionwatch.ingest.normalize.azure.ActivityLogNormalizer;
import io.regionwatch.ingest.normalize.gcp.AuditLogNormalizer;
import io.regionwatch.ingest.read.JsonText;
import io.regionwatch.ingest.reject.InvalidRecordException;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one raw record into an ECS document: unwraps envelopes, routes by shape, maps, and adds
 * {@code event.original} when asked. Never throws for bad data; every failure is an
 * {@link Outcome.Rejected} with a reason.
 */
public final class Normalizer {
    private final boolean preserveOriginal;
    /** Prefilter: records whose action no rule can want are checked but not mapped (CloudTrail only, the bulk of most scans). */
    private final ActionInterest interest;
    private final RecordRouter router;
    private final CloudTrailNormalizer cloudTrail;
    private final ActivityLogNormalizer azure;
    private final AuditLogNormalizer gcp;
    private final JsonMapper mapper = JsonMapper.builder().build();

    public Normalizer(IngestOptions options) {
        JsonText json = new JsonText(options.limits());
        this.preserveOriginal = options.preserveOriginal();
        this.interest = options.interest();
        this.router = new RecordRouter(json);
        this.cloudTrail = new CloudTrailNormalizer();
        this.azure = new ActivityLogNormalizer(json);
        this.gcp = new AuditLogNormalizer();
    }

    public Outcome normalize(Object tree) {
        try {
            RecordRouter.Routed routed = router.route(tree);
            if (routed.kind() == RecordRouter.Kind.CLOUDTRAIL && !interest.everyEvent()) {
                String action = CloudTrailNormalizer.action(routed.record());
                if (action != null && !interest.wants(action)) {
                    cloudTrail.check(routed.record());
                    return new Outcome.PassedOver(routed.kind().dataset());
                }
            }
            Map<String, Object> doc = switch (routed.kind()) {
                case CLOUDTRAIL -> cloudTrail.normalize(routed.record());
                case AZURE -> azure.normalize(routed.record());
                case GCP -> gcp.normalize(routed.record());
                case SKIP -> null;
            };
            if (doc == null) {
                return new Outcome.Skipped(routed.reason());
            }
            if (preserveOriginal) {
                original(doc, routed.record());
            }
            return new Outcome.Normalized(doc, routed.kind().dataset());
        } catch (InvalidRecordException e) {
            return new Outcome.Rejected(e.getMessage());
        } catch (RuntimeException e) {
            // a mapping bug must not stop the scan; the record is rejected with the cause
            return new Outcome.Rejected("internal normalization error: " + e);
        }
    }

    @SuppressWarnings("unchecked")
    private void original(Map<String, Object> doc, Map<String, Object> record) {
        Object event = doc.computeIfAbsent("event", k -> new java.util.LinkedHashMap<String, Object>());
        ((Map<String, Object>) event).put("original", mapper.writeValueAsString(record));
    }
}
