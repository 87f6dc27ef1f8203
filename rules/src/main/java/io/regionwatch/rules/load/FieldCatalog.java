package io.regionwatch.rules.load;

import io.regionwatch.core.diag.Diagnostic;
import io.regionwatch.core.diag.SourceSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields rules may reference: ECS fields cloud audit logs use and the aws/azure/gcp integration
 * field sets (a resource, {@code ecs-fields.txt}). A field outside it can never be present in a
 * normalized event, so a test on it silently never matches (or, negated, always matches); Elastic's
 * detection-rules checks the same against its schemas. Reported as a warning at the field's first
 * place in the query, since a custom pipeline may add fields regionwatch does not know.
 */
final class FieldCatalog {
    private static final FieldCatalog STANDARD = load();
    private final Set<String> fields = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();

    static FieldCatalog standard() {
        return STANDARD;
    }

    boolean knows(String field) {
        String plain = field.startsWith("?") ? field.substring(1) : field;
        if (fields.contains(plain)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (plain.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** One warning per unknown field, placed at its first occurrence in the query text. */
    List<Diagnostic> check(Collection<String> referenced, String query, SourceSpan queryStart) {
        List<Diagnostic> out = new ArrayList<>();
        for (String field : new java.util.LinkedHashSet<>(referenced)) {
            if (!knows(field)) {
                out.add(Diagnostic.warning(place(query, field, queryStart), "field '" + field
                        + "' is neither an ECS field nor one the aws, azure or gcp normalizers write: it will never be present"));
            }
        }
        return out;
    }

    private static SourceSpan place(String query, String field, SourceSpan start) {
        int at = Math.max(0, query.indexOf(field));
        int line = start.line();
        int column = start.column();
        for (int i = 0; i < at; i++) {
            if (query.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourceSpan(start.source(), line, column, field.length());
    }

    private static FieldCatalog load() {
        FieldCatalog catalog = new FieldCatalog();
        try (InputStream in = FieldCatalog.class.getResourceAsStream("/io/regionwatch/rules/ecs-fields.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.lines().map(String::strip).toList()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.endsWith(".")) {
                    catalog.prefixes.add(line);
                } else {
                    catalog.fields.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return catalog;
    }
}
