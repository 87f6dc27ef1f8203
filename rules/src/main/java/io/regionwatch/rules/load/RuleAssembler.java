package io.regionwatch.rules.load;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.engine.Detection;
import io.regionwatch.core.engine.EventTime;
import io.regionwatch.core.engine.Match;
import io.regionwatch.core.engine.MatchListener;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.engine.NewTermsDetection;
import io.regionwatch.core.engine.ThresholdDetection;
import io.regionwatch.core.engine.CarryOverDetection;
import io.regionwatch.eql.CompiledEql;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.AllOf;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.rule.ApprovedRegions;
import io.regionwatch.core.rule.ExceptionList;
import io.regionwatch.core.rule.RuleExceptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


/** Builds the runnable parts of a rule from its definition: the detection for its type, and its exceptions. */
final class RuleAssembler {
    private static final FieldPath CLOUD_PROVIDER = FieldPath.of("cloud.provider");
    private RuleAssembler() {
    }

    static Detection detection(RuleDefinition rule, QueryCompiler compiler, RuleContext context) throws DiagnosticException {
        Detection detection = typed(rule, compiler, context);
        if (rule.approvedRegionsField() == null) {
            return detection;
        }
        // region-list rules judge only providers whose approved regions are configured
        ApprovedRegions regions = context.approvedRegions();
        Matcher judged = event -> !(event.get(CLOUD_PROVIDER) instanceof String provider) || regions.covers(provider);
        Detection.TimeOrder order = detection.timeOrder();
        Matcher inner = detection.eventFilter();
        Matcher scopedFilter = inner == null ? null : new AllOf(List.of(judged, inner));
        // AllOf, not a lambda: the engine's rule index reads the required actions through it
        Detection.TimeOrder scopedOrder = order == null ? null
                : new Detection.TimeOrder(new AllOf(List.of(judged, order.candidates())), order.time());
        return new Detection() {
            @Override
            public TimeOrder timeOrder() {
                return scopedOrder;
            }

            @Override
            public Matcher eventFilter() {
                return scopedFilter;
            }

            @Override
            public void accept(Event event, MatchListener listener) {
                if (judged.matches(event)) {
                    detection.accept(event, listener);
                }
            }

            @Override
            public void flush(MatchListener listener) {
                detection.flush(listener);
            }

            @Override
            public void finish(MatchListener listener) {
                detection.finish(listener);
            }
        };
    }

    private static Detection typed(RuleDefinition rule, QueryCompiler compiler, RuleContext context) throws DiagnosticException {
        RuleType type = rule.type();
        if (type instanceof RuleType.Eql) {
            Detection detection = compiler.compile(rule, context);
            if (detection instanceof CompiledEql eql && eql.isStateful()) {
                return new CarryOverDetection(eql, eql.candidates(), EventTime.standard(), rule.metadata().ruleId(),
                        context.state(), eql.maxspan());
            }
            return detection;
        }
        Matcher filter = compiler.compileFilter(rule, context);
        EventTime time = new EventTime(rule.timestampField());
        if (type instanceof RuleType.Threshold t) {
            return new ThresholdDetection(filter, t.fields(), t.value(), t.cardinality(), rule.lookback(), time,
                    rule.metadata().ruleId(), context.limits().maxThresholdGroups(), context.limitReport());
        }
        if (type instanceof RuleType.NewTerms n) {
            return new NewTermsDetection(rule.metadata().ruleId(), filter, n.fields(), n.history(), context.learning(),
                    context.state(), time, context.limits(), context.limitReport());
        }
        return new Detection() {
            @Override
            public void accept(Event event, MatchListener listener) {
                if (filter.matches(event)) {
                    listener.onMatch(new Match.EventMatch(event, Map.of()));
                }
            }

            @Override
            public Matcher eventFilter() {
                return filter;
            }
        };
    }

    /** Every field the rule reads: its query's, and those its type settings and suppression name. */
    static List<String> fieldsOf(RuleDefinition rule, QueryCompiler compiler) throws DiagnosticException {
        List<String> fields = new ArrayList<>(compiler.fieldsReferenced(rule));
        if (rule.type() instanceof RuleType.Threshold t) {
            fields.addAll(t.fields());
            t.cardinality().forEach(c -> fields.add(c.field()));
        } else if (rule.type() instanceof RuleType.NewTerms n) {
            fields.addAll(n.fields());
        }
        if (rule.suppression() != null) {
            fields.addAll(rule.suppression().groupBy());
        }
        return fields;
    }

    /** The configured exception lists that apply to a rule by id (for rules without a TOML file, such as Sigma rules). */
    static RuleExceptions configuredExceptions(String ruleId, RuleContext context) throws DiagnosticException {
        return compile(ruleId, List.of(), context, io.regionwatch.core.diag.SourceSpan.at("configuration", 1, 1));
    }

    /**
     * The rule's exceptions: the lists it names in {@code exceptions_list}, plus every configured list
     * that declares it applies to this rule (or to all rules). An unknown list id is an error.
     */
    static RuleExceptions exceptions(RuleDefinition rule, RuleContext context) throws DiagnosticException {
        List<ExceptionList> named = new ArrayList<>();
        for (String id : rule.exceptionLists()) {
            ExceptionList list = context.exceptionLists().stream().filter(l -> l.listId().equals(id)).findFirst().orElse(null);
            if (list == null) {
                throw DiagnosticException.of(rule.queryStart(), "exceptions_list names unknown list '" + id + "'");
            }
            // named by the rule, so it applies whatever scope the configuration gave it
            named.add(new ExceptionList(list.listId(), list.name(), list.items(), List.of()));
        }
        return compile(rule.metadata().ruleId(), named, context, rule.queryStart());
    }

    /** The named lists plus the configured ones that apply to {@code ruleId} and are not named, compiled. */
    private static RuleExceptions compile(String ruleId, List<ExceptionList> named, RuleContext context,
            io.regionwatch.core.diag.SourceSpan at) throws DiagnosticException {
        List<ExceptionList> applicable = new ArrayList<>(named);
        context.exceptionLists().stream()
                .filter(l -> named.stream().noneMatch(n -> n.listId().equals(l.listId())))
                .filter(l -> l.appliesTo(ruleId)).forEach(applicable::add);
        try {
            return RuleExceptions.compile(ruleId, applicable, context.valueLists());
        } catch (IllegalArgumentException e) {
            throw DiagnosticException.of(at, e.getMessage());
        }
    }

}
