package io.regionwatch.rules.load;

import io.regionwatch.core.engine.ThresholdDetection;
import java.time.Duration;
import java.util.List;

/** The rule types regionwatch runs, each with the settings of its {@code [rule.<type>]} table. */
public sealed interface RuleType {
    /** {@code eql}: event queries and sequences. */
    record Eql() implements RuleType {
    }

    /** {@code query}: one alert per event matching a KQL (or EQL event) query. */
    record Query() implements RuleType {
    }

    /** {@code threshold}: group by 0–3 fields, alert at {@code value} events (and distinct counts). */
    record Threshold(List<String> fields, long value, List<ThresholdDetection.Cardinality> cardinality) implements RuleType {
        public Threshold {
            fields = List.copyOf(fields);
            cardinality = List.copyOf(cardinality);
        }
    }

    /** {@code new_terms}: alert on value tuples of 1–3 fields unseen within the history window. */
    record NewTerms(List<String> fields, Duration history) implements RuleType {
        public NewTerms {
            fields = List.copyOf(fields);
        }
    }
}
