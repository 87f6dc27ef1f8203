package io.regionwatch.kql;

import io.regionwatch.core.diag.DiagnosticException;
import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.match.Matcher;
import java.util.Map;

/** Test helpers: ECS events from dotted name/value pairs, and one-line compile. */
public final class Events {
    private Events() {
    }

    public static Event event(Object... pairs) {
        DocumentBuilder b = new DocumentBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            b.set((String) pairs[i], pairs[i + 1]);
        }
        return b.build(Origin.UNKNOWN);
    }

    public static Event raw(Map<String, Object> document) {
        return new Event(document, Origin.UNKNOWN);
    }

    public static Matcher compile(String kql) {
        return compile(kql, KqlOptions.defaults());
    }

    public static Matcher compile(String kql, KqlOptions options) {
        try {
            return Kql.parse(kql, "<q>").compile(options);
        } catch (DiagnosticException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static boolean matches(String kql, Event event) {
        return compile(kql).matches(event);
    }
}
