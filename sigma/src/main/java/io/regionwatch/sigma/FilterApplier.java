package io.regionwatch.sigma;

import io.regionwatch.core.match.AllOf;
import io.regionwatch.core.match.Matcher;
import io.regionwatch.core.match.Not;
import io.regionwatch.sigma.compile.RuleCompiler;
import io.regionwatch.sigma.load.Problems;
import io.regionwatch.sigma.model.SigmaFilter;
import io.regionwatch.sigma.model.SigmaRule;
import io.regionwatch.sigma.pipeline.FieldMappingPipeline;
import java.util.List;

/**
 * Applies a filter document as the filters specification describes it: a filter exists "to
 * suppress matches", and its example's condition ({@code selection}) names what to suppress. So to
 * each named rule (or every rule, for {@code rules: any}) whose log source equals the filter's, the
 * rule becomes {@code (rule condition) and not (filter condition)}. pySigma instead ANDs the filter
 * condition as written (its filters say {@code not selection}); such a condition gets a warning.
 */
final class FilterApplier {
    private final RuleCompiler compiler;

    FilterApplier(RuleCompiler compiler) {
        this.compiler = compiler;
    }

    void apply(SigmaFilter filter, Problems problems, List<RuleSetCompiler.Entry> entries) {
        FieldMappingPipeline pipeline = compiler.pipeline(filter.logSource(), problems);
        Matcher condition = compiler.compile(filter.detection(), pipeline, problems);
        if (pipeline == null || condition == null) {
            return;
        }
        filter.detection().conditions().stream().filter(c -> c.text().strip().startsWith("not ")).forEach(c ->
                problems.warning(c.span(), "a filter condition names the events to suppress; 'not ...' here keeps only"
                        + " those (pySigma-style filters must drop the 'not')"));
        int applied = 0;
        for (RuleSetCompiler.Entry e : entries) {
            if (e.document instanceof SigmaRule rule && e.matcher != null && targets(filter, rule)) {
                e.matcher = new AllOf(List.of(e.matcher, new Not(condition)));
                applied++;
            }
        }
        if (applied == 0) {
            problems.warning(filter.span(), "filter '" + filter.meta().title() + "' applies to no loaded rule");
        }
    }

    private static boolean targets(SigmaFilter filter, SigmaRule rule) {
        boolean named = filter.anyRule() || filter.rules().contains(rule.meta().id())
                || (rule.meta().name() != null && filter.rules().contains(rule.meta().name()));
        return named && sameSource(filter, rule);
    }

    private static boolean sameSource(SigmaFilter filter, SigmaRule rule) {
        return eq(filter.logSource().product(), rule.logSource().product())
                && eq(filter.logSource().service(), rule.logSource().service())
                && eq(filter.logSource().category(), rule.logSource().category());
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }
}
