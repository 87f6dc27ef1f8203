package io.regionwatch.sigma.modifier;

import io.regionwatch.sigma.modifier.SigmaString.Literal;
import io.regionwatch.sigma.modifier.SigmaString.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code windash}: every {@code -}, {@code /}, en dash, em dash or horizontal bar may be any of the
 * five, so the value becomes every permutation (the spec's definition). Bounded so a long value
 * cannot explode.
 */
final class Windash implements Modifier {
    static final String DASHES = "-/\u2013\u2014\u2015";
    static final int MAX_VARIANTS = 3125;

    @Override
    public void apply(ModifierChain chain) throws ModifierException {
        chain.flatMap(v -> {
            List<List<Part>> variants = List.of(List.of());
            for (Part p : chain.string(v).parts()) {
                variants = p instanceof Literal l ? extend(variants, l.text()) : append(variants, p);
                if (variants.size() > MAX_VARIANTS) {
                    throw new ModifierException("'windash' would create more than " + MAX_VARIANTS + " variants of '" + v + "'");
                }
            }
            List<SigmaValue> out = new ArrayList<>();
            for (List<Part> parts : variants) {
                out.add(new SigmaString(merge(parts), false, null));
            }
            return out;
        });
    }

    private static List<List<Part>> extend(List<List<Part>> variants, String text) {
        List<StringBuilder> texts = new ArrayList<>(List.of(new StringBuilder()));
        for (char c : text.toCharArray()) {
            if (DASHES.indexOf(c) < 0) {
                texts.forEach(t -> t.append(c));
                continue;
            }
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder t : texts) {
                for (char dash : DASHES.toCharArray()) {
                    next.add(new StringBuilder(t).append(dash));
                }
            }
            texts = next;
            if (texts.size() > MAX_VARIANTS) {
                break;
            }
        }
        List<List<Part>> out = new ArrayList<>();
        for (List<Part> prefix : variants) {
            for (StringBuilder t : texts) {
                List<Part> parts = new ArrayList<>(prefix);
                parts.add(new Literal(t.toString()));
                out.add(parts);
            }
        }
        return out;
    }

    private static List<List<Part>> append(List<List<Part>> variants, Part part) {
        List<List<Part>> out = new ArrayList<>();
        for (List<Part> prefix : variants) {
            List<Part> parts = new ArrayList<>(prefix);
            parts.add(part);
            out.add(parts);
        }
        return out;
    }

    /** Adjacent literals are joined so equal strings have equal parts. */
    static List<Part> merge(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Literal l) {
                lit.append(l.text());
            } else {
                SigmaString.flush(lit, out);
                out.add(p);
            }
        }
        SigmaString.flush(lit, out);
        return out;
    }
}
