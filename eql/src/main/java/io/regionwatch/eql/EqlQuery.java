package io.regionwatch.eql;

import io.regionwatch.eql.analyze.Exprs;
import io.regionwatch.eql.ast.Expr;
import io.regionwatch.eql.ast.Pipe;
import io.regionwatch.eql.ast.Query;
import io.regionwatch.eql.ast.Stage;
import io.regionwatch.eql.ast.Statement;
import io.regionwatch.eql.compile.QueryCompiler;
import io.regionwatch.eql.exec.PipeChain;
import io.regionwatch.eql.exec.Runner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** A parsed and checked EQL query; compile it once per set of options and run it many times. */
public final class EqlQuery {
    private final String text;
    private final Statement statement;

    EqlQuery(String text, Statement statement) {
        this.text = text;
        this.statement = statement;
    }

    public String text() {
        return text;
    }

    public Statement statement() {
        return statement;
    }

    /** Whether this is a sequence (results are groups of events) rather than an event query. */
    public boolean isSequence() {
        return statement.query() instanceof Query.Sequence;
    }

    public CompiledEql compile(EqlOptions options) {
        QueryCompiler compiler = new QueryCompiler(options.boundLists(), options.categoryField(),
                options.maxSequenceKeys(), options.maxSamplesPerKey(), options.limitReport(), options.ruleId());
        Supplier<Runner> runners = compiler.compile(statement.query());
        List<PipeChain.Spec> pipes = statement.pipes().stream()
                .map(p -> new PipeChain.Spec(p.kind() == Pipe.Kind.HEAD, p.count()))
                .toList();
        return new CompiledEql(runners, pipes, options, fieldsReferenced());
    }

    /** Every field the query text reads (conditions and join keys), in order of first appearance. */
    public List<String> fieldsReferenced() {
        List<String> fields = new ArrayList<>();
        Query q = statement.query();
        if (q instanceof Query.EventQuery e) {
            Exprs.collectFields(e.filter().condition(), fields);
        } else if (q instanceof Query.Sequence s) {
            stages(s.keys(), s.stages(), fields);
            if (s.until() != null) {
                stages(s.keys(), List.of(s.until()), fields);
            }
        } else if (q instanceof Query.Sample s) {
            stages(s.keys(), s.stages(), fields);
        }
        return List.copyOf(fields);
    }

    private static void stages(List<Expr> keys, List<Stage> stages, List<String> out) {
        keys.forEach(k -> Exprs.collectFields(k, out));
        for (Stage stage : stages) {
            Exprs.collectFields(stage.filter().condition(), out);
            stage.keys().forEach(k -> Exprs.collectFields(k, out));
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
