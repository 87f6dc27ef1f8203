package io.regionwatch.bench.gen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Benign CloudTrail traffic for one S3 object (one account, one approved region, one five-minute
 * slot), deterministic from the seed and the file number so files can be generated in parallel.
 */
final class Background {
    private static final int TOTAL_WEIGHT = Action.BACKGROUND.stream().mapToInt(Action::weight).sum();
    private final List<Principal> principals;

    Background(List<Principal> principals) {
        this.principals = principals;
    }

    /** Appends {@code count} records, comma-separated, in time order within [from, from + slotSeconds). */
    void records(StringBuilder b, SplittableRandom rnd, String account, String region, Instant from, int slotSeconds,
            int count, String separator) {
        List<Principal> here = new ArrayList<>();
        for (Principal p : principals) {
            if (p.account().equals(account) && p.regions().contains(region)) {
                here.add(p);
            }
        }
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = rnd.nextLong(slotSeconds * 1000L);
        }
        java.util.Arrays.sort(offsets);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.append(separator);
            }
            Principal who = here.get(rnd.nextInt(here.size()));
            String error = rnd.nextInt(100) < 3 ? "AccessDenied" : null;
            CloudTrailRecord.render(b, who, pick(rnd), region, from.plusMillis(offsets[i] / 1000 * 1000),
                    new UUID(rnd.nextLong(), rnd.nextLong()).toString(), error);
        }
    }

    private static Action pick(SplittableRandom rnd) {
        int n = rnd.nextInt(TOTAL_WEIGHT);
        for (Action a : Action.BACKGROUND) {
            n -= a.weight();
            if (n < 0) {
                return a;
            }
        }
        throw new AssertionError("weights");
    }
}
