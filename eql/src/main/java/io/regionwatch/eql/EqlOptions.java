package io.regionwatch.eql;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import io.regionwatch.core.limit.LimitReport;

/**
 * How a query is compiled and run: which fields hold the timestamp, tiebreaker and category, the
 * bounds on sequence state, and literal-list bindings. Setters return this; {@code compile} copies
 * what it needs, so one options object may be reused.
 */
public final class EqlOptions {
    private String timestampField = "@timestamp";
    private String tiebreakerField;
    private String categoryField = "event.category";
    private TimestampUnit numericTimestamps = TimestampUnit.AUTO;
    private int maxSequenceKeys = 100_000;
    private int maxSamplesPerKey = 1;
    private final Map<String, List<String>> boundLists = new LinkedHashMap<>();
    private LimitReport limitReport = LimitReport.NONE;
    private String ruleId = "query";

    public static EqlOptions defaults() {
        return new EqlOptions();
    }

    public EqlOptions timestampField(String field) {
        this.timestampField = Objects.requireNonNull(field);
        return this;
    }

    /** The field ordering events with equal timestamps; null for none (input order decides). */
    public EqlOptions tiebreakerField(String field) {
        this.tiebreakerField = field;
        return this;
    }

    public EqlOptions categoryField(String field) {
        this.categoryField = Objects.requireNonNull(field);
        return this;
    }

    public EqlOptions numericTimestamps(TimestampUnit unit) {
        this.numericTimestamps = Objects.requireNonNull(unit);
        return this;
    }

    /** The most join-key values a sequence tracks at once; the least recently used is evicted beyond it. */
    public EqlOptions maxSequenceKeys(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxSequenceKeys must be positive");
        }
        this.maxSequenceKeys = max;
        return this;
    }

    /**
     * Where evictions forced by {@link #maxSequenceKeys} are counted, under {@code ruleId}: a bound
     * that drops partial sequences must be visible in the run summary, not only in missed alerts.
     */
    public EqlOptions limitReport(LimitReport report, String ruleId) {
        this.limitReport = Objects.requireNonNull(report);
        this.ruleId = Objects.requireNonNull(ruleId);
        return this;
    }

    public LimitReport limitReport() {
        return limitReport;
    }

    /** The rule id evictions are reported under ({@code query} unless {@link #limitReport} named one). */
    public String ruleId() {
        return ruleId;
    }

    /** Samples returned per join-key value (Elasticsearch's {@code max_samples_per_key}, default 1). */
    public EqlOptions maxSamplesPerKey(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxSamplesPerKey must be positive");
        }
        this.maxSamplesPerKey = max;
        return this;
    }

    /**
     * Every {@code in}, {@code not in} or {@code in~} test, and every parenthesised {@code :} list,
     * whose left side is exactly {@code field} and whose right side is all string literals uses
     * {@code values} instead (as patterns for {@code :}). This lets a verbatim rule take its
     * approved-region list from configuration.
     */
    public EqlOptions bindList(String field, Collection<String> values) {
        boundLists.put(Objects.requireNonNull(field), List.copyOf(values));
        return this;
    }

    public String timestampField() {
        return timestampField;
    }

    public String tiebreakerField() {
        return tiebreakerField;
    }

    public String categoryField() {
        return categoryField;
    }

    public TimestampUnit numericTimestamps() {
        return numericTimestamps;
    }

    public int maxSequenceKeys() {
        return maxSequenceKeys;
    }

    public int maxSamplesPerKey() {
        return maxSamplesPerKey;
    }

    public Map<String, List<String>> boundLists() {
        return Map.copyOf(boundLists);
    }
}
