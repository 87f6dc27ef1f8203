package io.regionwatch.eql.analyze;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.SourceSpan;
import io.regionwatch.eql.ast.EventFilter;
import io.regionwatch.eql.ast.Expr;
import io.regionwatch.eql.ast.Query;
import io.regionwatch.eql.ast.Stage;
import io.regionwatch.eql.ast.Statement;
import java.util.List;

/** Checks the shape of queries (sequences, samples, join keys); expressions go to {@link ExprVerifier}. */
public final class Verifier {
    private final List<Diagnostic> diagnostics;
    private final ExprVerifier exprs;

    public Verifier(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
        this.exprs = new ExprVerifier(diagnostics);
    }

    public void verify(Statement statement) {
        Query q = statement.query();
        if (q instanceof Query.EventQuery e) {
            filter(e.filter());
        } else if (q instanceof Query.Sequence s) {
            sequence(s);
        } else if (q instanceof Query.Sample s) {
            sample(s);
        }
    }

    private void sequence(Query.Sequence s) {
        keys(s.keys());
        int positives = 0;
        int steps = 0;
        for (Stage stage : s.stages()) {
            stage(stage, s.keys().size(), s.stages().get(0));
            positives += stage.missing() ? 0 : 1;
            steps += stage.runs();
        }
        if (steps < 2) {
            error(s.span(), "a sequence needs at least two stages");
        }
        if (positives == 0) {
            error(s.span(), "a sequence needs at least one stage that is not a missing event");
        }
        if (positives < s.stages().size() && s.maxspan() == null) {
            error(s.span(), "a sequence with missing events ![...] requires 'with maxspan'");
        }
        if (s.until() != null) {
            if (s.until().missing()) {
                error(s.until().span(), "'until' cannot be a missing event");
            }
            stage(s.until(), s.keys().size(), s.stages().get(0));
        }
    }

    private void sample(Query.Sample s) {
        keys(s.keys());
        if (s.stages().size() < 2) {
            error(s.span(), "a sample needs at least two filters");
        }
        for (Stage stage : s.stages()) {
            if (stage.missing()) {
                error(stage.span(), "missing events ![...] are not supported in samples");
            }
            if (stage.runs() != 1) {
                error(stage.span(), "'runs' is not supported in samples");
            }
            stage(stage, s.keys().size(), s.stages().get(0));
        }
    }

    private void stage(Stage stage, int sharedKeys, Stage first) {
        filter(stage.filter());
        keys(stage.keys());
        if (stage.keys().size() != first.keys().size()) {
            error(stage.span(), "this stage has " + keyCount(sharedKeys + stage.keys().size())
                    + " but the first stage has " + (sharedKeys + first.keys().size()));
        }
    }

    private static String keyCount(int n) {
        return n + (n == 1 ? " join key" : " join keys");
    }

    private void keys(List<Expr> keys) {
        for (Expr key : keys) {
            exprs.value(key);
        }
    }

    private void filter(EventFilter filter) {
        exprs.condition(filter.condition());
    }

    private void error(SourceSpan span, String message) {
        diagnostics.add(Diagnostic.error(span, message));
    }
}
