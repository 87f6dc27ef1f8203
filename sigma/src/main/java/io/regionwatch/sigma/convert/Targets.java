package io.regionwatch.sigma.convert;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.sigma.SigmaOptions;
import io.regionwatch.sigma.model.SigmaCorrelation;
import io.regionwatch.sigma.model.SigmaRule;
import java.util.List;
import java.util.Map;

/** The conversion targets by name: {@code splunk}, {@code kql} (Sentinel), {@code esql}, {@code eql}, {@code lucene}. */
public final class Targets {
    public static final List<String> NAMES = List.of("splunk", "kql", "esql", "eql", "lucene");
    private static final Map<String, Backend> BACKENDS = Map.of("splunk", new SplunkBackend(), "kql", new SentinelKqlBackend(),
            "esql", new EsqlBackend(), "lucene", new LuceneBackend());

    private Targets() {
    }

    /** The rule as a query of the named target; throws with every construct the target cannot express. */
    public static String convert(String target, SigmaRule rule, String sourceName, SigmaOptions options) throws DiagnosticException {
        if (target.equals("eql")) {
            return new EqlConverter(options).convert(rule, sourceName);
        }
        Backend backend = BACKENDS.get(target);
        if (backend == null) {
            throw new IllegalArgumentException("unknown target '" + target + "'; known: " + String.join(", ", NAMES));
        }
        return new QueryConverter(backend, options).convert(rule, sourceName);
    }

    /** A counting or metric correlation over one base rule as the target's aggregation. */
    public static String convertCorrelation(String target, SigmaCorrelation correlation, SigmaRule base, String sourceName,
            SigmaOptions options) throws DiagnosticException {
        Backend backend = BACKENDS.get(target);
        if (backend == null) {
            throw DiagnosticException.of(correlation.span(), "correlation rules have no " + target + " form");
        }
        return new CorrelationConverter(backend, options).convert(correlation, base, sourceName);
    }

    /**
     * Any correlation: {@code temporal_ordered} to EQL as a sequence; counting and metric
     * correlations over one rule, and {@code temporal} ones over several, to the aggregating targets
     * (Splunk, Sentinel, ES|QL). {@code bases} are the referenced rules in the correlation's order.
     */
    public static String convertCorrelation(String target, SigmaCorrelation correlation, List<SigmaRule> bases, String sourceName,
            SigmaOptions options) throws DiagnosticException {
        if (target.equals("eql")) {
            if (correlation.type() == SigmaCorrelation.Type.TEMPORAL) {
                throw DiagnosticException.of(correlation.span(), "temporal (unordered) correlations have no EQL form: an EQL sequence"
                        + " requires its order, and one query is one sequence");
            }
            return new EqlSequenceConverter(options).convert(correlation, bases, sourceName);
        }
        Backend backend = BACKENDS.get(target);
        if (backend == null) {
            throw DiagnosticException.of(correlation.span(), "correlation rules have no " + target + " form");
        }
        return new CorrelationConverter(backend, options).convert(correlation, bases, sourceName);
    }
}
