package io.regionwatch.eql.compile;

import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.match.AllOf;
import io.regionwatch.core.match.Constant;
import io.regionwatch.core.match.FieldMatches;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.TermSet;
import io.regionwatch.eql.ast.EventFilter;
import io.regionwatch.eql.ast.Expr;
import io.regionwatch.eql.ast.Query;
import io.regionwatch.eql.ast.Stage;
import io.regionwatch.eql.exec.EventRunner;
import io.regionwatch.eql.exec.Runner;
import io.regionwatch.eql.exec.SampleRunner;
import io.regionwatch.eql.exec.SequencePlan;
import io.regionwatch.eql.exec.SequenceRunner;
import io.regionwatch.eql.exec.StagePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import io.regionwatch.core.limit.LimitReport;

/** Compiles a query into a factory of fresh {@link Runner}s (one per independent event stream). */
public final class QueryCompiler {
    private final FilterCompiler filters;
    private final FieldPath categoryField;
    private final int maxKeys;
    private final int maxSamplesPerKey;
    private final LimitReport report;
    private final String ruleId;

    public QueryCompiler(Map<String, List<String>> boundLists, String categoryField, int maxKeys, int maxSamplesPerKey) {
        this(boundLists, categoryField, maxKeys, maxSamplesPerKey, LimitReport.NONE, "query");
    }

    /** With a sink for key evictions, reported under {@code ruleId}. */
    public QueryCompiler(Map<String, List<String>> boundLists, String categoryField, int maxKeys, int maxSamplesPerKey,
            LimitReport report, String ruleId) {
        this.report = report;
        this.ruleId = ruleId;
        this.filters = new FilterCompiler(boundLists);
        this.categoryField = FieldPath.of(categoryField);
        this.maxKeys = maxKeys;
        this.maxSamplesPerKey = maxSamplesPerKey;
    }

    /** @throws CompileException for a constant that is valid syntax but cannot be compiled (regex, CIDR) */
    public Supplier<Runner> compile(Query query) {
        if (query instanceof Query.EventQuery e) {
            Matcher filter = filter(e.filter());
            return () -> new EventRunner(filter);
        }
        if (query instanceof Query.Sample s) {
            List<StagePlan> stages = stages(s.keys(), s.stages());
            return () -> new SampleRunner(stages, maxSamplesPerKey, maxKeys);
        }
        Query.Sequence s = (Query.Sequence) query;
        StagePlan until = s.until() == null ? null : stage(s.keys(), s.until());
        long maxspan = s.maxspan() == null ? 0 : s.maxspan().toNanos();
        SequencePlan plan = SequencePlan.of(stages(s.keys(), s.stages()), until, maxspan);
        return () -> new SequenceRunner(plan, maxKeys, report, ruleId);
    }

    private List<StagePlan> stages(List<Expr> shared, List<Stage> stages) {
        List<StagePlan> plans = new ArrayList<>();
        for (Stage stage : stages) {
            StagePlan plan = stage(shared, stage);
            for (int i = 0; i < stage.runs(); i++) {
                plans.add(plan);
            }
        }
        return plans;
    }

    private StagePlan stage(List<Expr> shared, Stage stage) {
        List<Expr> keys = new ArrayList<>(shared);
        keys.addAll(stage.keys());
        return new StagePlan(filter(stage.filter()), KeyCompiler.compile(keys), stage.missing());
    }

    /** The category test (any element of the category field, exact) and the condition. */
    public Matcher filter(EventFilter filter) {
        Matcher condition = filters.compile(filter.condition());
        if (filter.category() == null) {
            return condition;
        }
        Matcher category = new FieldMatches(categoryField, new TermSet(List.of(filter.category()), false));
        if (condition instanceof Constant c && c.value()) {
            return category;
        }
        return new AllOf(List.of(category, condition));
    }
}
