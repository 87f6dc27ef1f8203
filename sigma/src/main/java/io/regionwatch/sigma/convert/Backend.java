package io.regionwatch.sigma.convert;

import io.regionwatch.sigma.model.LogSource;
import io.regionwatch.sigma.modifier.SigmaString;
import io.regionwatch.sigma.modifier.SigmaValue;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.List;

/**
 * One target query language for Sigma detection rules. {@link QueryConverter} walks the rule (search
 * identifiers, modifiers, condition) and asks the backend for the text of each piece; the backend
 * owns its field names, quoting and, above all, how it keeps Sigma's case-insensitive matching.
 */
public interface Backend {
    /** The target's name as the CLI spells it ({@code splunk}, {@code kql}, ...). */
    String name();

    /** The target's field (or expression) for a Sigma field of this log source; null when it has none. */
    String field(FieldMappingPipeline pipeline, String sigmaField);

    /** One value test on a field; {@code cased} when the rule used the {@code cased} modifier. */
    String test(String field, SigmaValue value, boolean cased) throws UnsupportedException;

    /** Several strings ORed on one field as one list test, or null to OR single tests instead. */
    default String anyOf(String field, List<SigmaString> values, boolean cased) throws UnsupportedException {
        return null;
    }

    /** A keyword (field-less, full-text) search. */
    default String keyword(SigmaString value) throws UnsupportedException {
        throw new UnsupportedException("keyword (full-text) search has no " + name() + " form");
    }

    String and(List<String> operands);

    String or(List<String> operands);

    String not(String operand);

    /** Whether the target can aggregate at all; without it no correlation converts. */
    default boolean aggregates() {
        return false;
    }

    /** A counting or metric correlation over one rule in the target's aggregation syntax. */
    default String aggregate(Aggregation a) throws UnsupportedException {
        throw new UnsupportedException("correlation rules have no " + name() + " form");
    }

    /** A temporal (unordered) correlation: the rules' events tagged, distinct tags counted per group and bucket. */
    default String temporal(Temporal t) throws UnsupportedException {
        throw new UnsupportedException("temporal correlations have no " + name() + " form");
    }

    /** The whole query for the log source around the condition: index, table or source type. */
    String query(FieldMappingPipeline pipeline, LogSource source, String condition) throws UnsupportedException;
}
