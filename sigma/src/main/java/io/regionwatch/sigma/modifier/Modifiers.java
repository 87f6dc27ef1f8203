package io.regionwatch.sigma.modifier;

import com.google.re2j.Pattern;
import io.regionwatch.core.match.Range;
import io.regionwatch.sigma.modifier.SigmaValue.DatePart;
import java.util.Map;
import java.util.Set;

/** The one registry of value modifiers by name (spec v2.1 appendix, plus pySigma's regex flag aliases). */
public final class Modifiers {
    private static final Map<String, Modifier> REGISTRY = Map.ofEntries(
            Map.entry("contains", new Contains()),
            Map.entry("startswith", new StartsWith()),
            Map.entry("endswith", new EndsWith()),
            Map.entry("all", new All()),
            Map.entry("exists", new Exists()),
            Map.entry("cased", new Cased()),
            Map.entry("neq", new Neq()),
            Map.entry("re", new Re()),
            Map.entry("i", new RegexFlag(Pattern.CASE_INSENSITIVE)),
            Map.entry("ignorecase", new RegexFlag(Pattern.CASE_INSENSITIVE)),
            Map.entry("m", new RegexFlag(Pattern.MULTILINE)),
            Map.entry("multiline", new RegexFlag(Pattern.MULTILINE)),
            Map.entry("s", new RegexFlag(Pattern.DOTALL)),
            Map.entry("dotall", new RegexFlag(Pattern.DOTALL)),
            Map.entry("cidr", new CidrModifier()),
            Map.entry("base64", new Base64()),
            Map.entry("base64offset", new Base64Offset()),
            Map.entry("windash", new Windash()),
            Map.entry("utf16le", Utf16.littleEndian()),
            Map.entry("wide", Utf16.littleEndian()),
            Map.entry("utf16be", Utf16.bigEndian()),
            Map.entry("utf16", Utf16.withBom()),
            Map.entry("lt", new Compare(Range.Op.LT)),
            Map.entry("lte", new Compare(Range.Op.LE)),
            Map.entry("gt", new Compare(Range.Op.GT)),
            Map.entry("gte", new Compare(Range.Op.GE)),
            Map.entry("minute", new DatePartModifier(DatePart.MINUTE)),
            Map.entry("hour", new DatePartModifier(DatePart.HOUR)),
            Map.entry("day", new DatePartModifier(DatePart.DAY)),
            Map.entry("week", new DatePartModifier(DatePart.WEEK)),
            Map.entry("month", new DatePartModifier(DatePart.MONTH)),
            Map.entry("year", new DatePartModifier(DatePart.YEAR)),
            Map.entry("fieldref", new FieldRef()),
            Map.entry("expand", new Expand()));

    private Modifiers() {
    }

    /** The modifier registered under {@code name}, or null. */
    public static Modifier lookup(String name) {
        return REGISTRY.get(name);
    }

    public static Set<String> names() {
        return REGISTRY.keySet();
    }
}
