package io.regionwatch.sigma.modifier;

import io.regionwatch.sigma.modifier.SigmaString.Literal;
import io.regionwatch.sigma.modifier.SigmaString.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code expand}: each {@code %name%} becomes, in turn, every value configured for that name
 * (a value list, so the item ORs over them); {@code \%} is a literal percent sign. An unknown name
 * fails the rule, as the spec requires of a tool that cannot resolve a placeholder.
 */
final class Expand implements Modifier {
    private static final Pattern TOKEN = Pattern.compile("\\\\%|%([A-Za-z0-9_.-]+)%");
    static final int MAX_VALUES = 10_000;

    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.flatMap(v -> {
            List<List<Part>> variants = List.of(List.of());
            for (Part p : chain.string(v).parts()) {
                variants = p instanceof Literal l ? expand(chain, variants, l.text()) : product(variants, List.of(List.of(p)));
            }
            List<SigmaValue> out = new ArrayList<>();
            for (List<Part> parts : variants) {
                out.add(new SigmaString(Windash.merge(parts), false, null));
            }
            return out;
        });
    }

    private static List<List<Part>> expand(ModifierChain chain, List<List<Part>> variants, String text)
            throws ModifierException {
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        List<List<Part>> out = variants;
        while (m.find()) {
            out = product(out, List.of(literal(text.substring(last, m.start()))));
            if (m.group(1) == null) {
                out = product(out, List.of(literal("%")));
            } else {
                out = product(out, replacements(chain, m.group(1)));
            }
            last = m.end();
        }
        return product(out, List.of(literal(text.substring(last))));
    }

    /** Each configured value is read as a Sigma string, so an allow-list may hold wildcards. */
    private static List<List<Part>> replacements(ModifierChain chain, String name) throws ModifierException {
        List<String> values = chain.placeholders().get(name);
        if (values == null || values.isEmpty()) {
            throw new ModifierException("placeholder '%" + name + "%' has no values; configure it (the spec requires"
                    + " rules with unresolved placeholders to be rejected)");
        }
        List<List<Part>> out = new ArrayList<>();
        for (String value : values) {
            out.add(SigmaString.parse(value).parts());
        }
        return out;
    }

    private static List<Part> literal(String text) {
        return text.isEmpty() ? List.of() : List.of(new Literal(text));
    }

    private static List<List<Part>> product(List<List<Part>> left, List<List<Part>> right) throws ModifierException {
        if ((long) left.size() * right.size() > MAX_VALUES) {
            throw new ModifierException("'expand' would create more than " + MAX_VALUES + " values");
        }
        List<List<Part>> out = new ArrayList<>();
        for (List<Part> l : left) {
            for (List<Part> r : right) {
                List<Part> parts = new ArrayList<>(l);
                parts.addAll(r);
                out.add(parts);
            }
        }
        return out;
    }
}
