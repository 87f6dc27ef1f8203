package io.regionwatch.cli.tune;

import io.regionwatch.core.engine.EventTime;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tallies, per provider, region and account, how often a region was written to (a successful call
 * that changes something) and read from, with first and last sighting. Writes decide what is
 * "used": the AWS console reads every region whenever a page loads, so reads alone prove nothing.
 */
public final class RegionUsage {
    private static final FieldPath PROVIDER = FieldPath.of("cloud.provider");
    private static final FieldPath REGION = FieldPath.of("cloud.region");
    private static final FieldPath ACCOUNT = FieldPath.of("cloud.account.id");
    private static final FieldPath PROJECT = FieldPath.of("cloud.project.id");
    private static final FieldPath OUTCOME = FieldPath.of("event.outcome");
    private static final FieldPath ACTION = FieldPath.of("event.action");
    private static final FieldPath READ_ONLY = FieldPath.of("aws.cloudtrail.read_only");
    private static final FieldPath GCP_LOG = FieldPath.of("event.provider");
    private static final EventTime TIME = EventTime.standard();

    /** Counts for one (provider, region, account). */
    public static final class Tally {
        long writes;
        long reads;
        Instant first;
        Instant last;

        public long writes() {
            return writes;
        }

        public long reads() {
            return reads;
        }

        public Instant first() {
            return first;
        }

        public Instant last() {
            return last;
        }

        void see(boolean write, Instant at) {
            if (write) {
                writes++;
            } else {
                reads++;
            }
            if (at != null) {
                first = first == null || at.isBefore(first) ? at : first;
                last = last == null || at.isAfter(last) ? at : last;
            }
        }
    }

    private final Map<String, Map<String, Map<String, Tally>>> byProvider = new TreeMap<>();
    private long events;

    public void add(Event event) {
        events++;
        if (!(event.get(PROVIDER) instanceof String provider) || !(event.get(REGION) instanceof String region)
                || !"success".equals(event.get(OUTCOME))) {
            return;
        }
        Object account = event.get(ACCOUNT);
        if (account == null) {
            account = event.get(PROJECT);
        }
        String accountKey = account == null ? "(no account)" : String.valueOf(account);
        byProvider.computeIfAbsent(provider, p -> new TreeMap<>()).computeIfAbsent(region, r -> new TreeMap<>())
                .computeIfAbsent(accountKey, a -> new Tally()).see(isWrite(provider, event), TIME.of(event));
    }

    static boolean isWrite(String provider, Event event) {
        switch (provider) {
            case "aws":
                return Boolean.FALSE.equals(event.get(READ_ONLY));
            case "azure":
                String action = String.valueOf(event.get(ACTION));
                return action.endsWith("/WRITE") || action.endsWith("/DELETE") || action.endsWith("/ACTION");
            case "gcp":
                return "activity".equals(event.get(GCP_LOG));
            default:
                return false;
        }
    }

    /** provider → region → account → tally, all sorted. */
    public Map<String, Map<String, Map<String, Tally>>> byProvider() {
        return byProvider;
    }

    public long events() {
        return events;
    }
}
