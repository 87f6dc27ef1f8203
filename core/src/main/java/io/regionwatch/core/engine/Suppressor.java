package io.regionwatch.core.engine;

import io.regionwatch.core.alert.Alert;
import io.regionwatch.core.alert.AlertIds;
import io.regionwatch.core.event.DocumentBuilder;
import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.FieldPath;
import io.regionwatch.core.event.Origin;
import io.regionwatch.core.rule.AlertSuppression;
import io.regionwatch.core.state.StateStore;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Folds repeated alerts of one rule into the first, per group-by values, as Elastic's alert
 * suppression does. The kept alert is held until its window closes (or the run ends) so that it
 * can be written once, with its final {@code kibana.alert.suppression.docs_count}. Windows use the
 * events' time, not the wall clock, so a rescan of old logs suppresses as live detection did.
 */
final class Suppressor {
    private static final FieldPath ORIGINAL_TIME = FieldPath.of("kibana.alert.original_time");
    private final String ruleId;
    private final AlertSuppression config;
    private final List<FieldPath> groupBy;
    private final Map<String, Held> held = new LinkedHashMap<>();
    private final StateStore store;

    /** One kept alert group (a sequence's shell and building blocks, or a single alert). */
    private static final class Held {
        final String key;
        final List<Alert> alerts;
        final List<Map<String, Object>> terms;
        final Instant start;
        Instant end;
        long suppressed;

        Held(String key, List<Alert> alerts, List<Map<String, Object>> terms, Instant start) {
            this.key = key;
            this.alerts = alerts;
            this.terms = terms;
            this.start = start;
            this.end = start;
        }
    }

    Suppressor(String ruleId, AlertSuppression config, StateStore store) {
        this.ruleId = ruleId;
        this.config = config;
        this.store = store;
        this.groupBy = config.groupBy().stream().map(FieldPath::of).toList();
    }

    /** Takes one alert group (its first alert decides the group-by values); emits what must go out now. */
    void offer(List<Alert> group, Consumer<Alert> emit) {
        Event doc = new Event(group.get(0).document(), Origin.UNKNOWN);
        List<Map<String, Object>> terms = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        boolean missing = false;
        for (FieldPath field : groupBy) {
            Object value = doc.get(field);
            missing |= value == null;
            values.add(value);
            Map<String, Object> term = new LinkedHashMap<>();
            term.put("field", field.dotted());
            term.put("value", value == null ? null : value instanceof List<?> ? value : List.of(value));
            terms.add(term);
        }
        Instant time = time(doc);
        if (missing && !config.suppressMissing()) {
            emitGroup(new Held(null, group, terms, time), emit);
            return;
        }
        String key = values.toString();
        Held current = held.get(key);
        if (current == null && foldedIntoEarlierRun(key, time)) {
            return;
        }
        if (current != null && inWindow(current, time)) {
            current.suppressed++;
            if (time.isAfter(current.end)) {
                current.end = time;
            }
            return;
        }
        if (current != null) {
            emitGroup(current, emit);
        }
        held.put(key, new Held(key, group, terms, time));
    }

    /**
     * A window opened by an earlier run (its kept alert already written) still covers {@code time}:
     * the alert is folded into it there, so a nightly scan does not repeat yesterday's alert.
     */
    private boolean foldedIntoEarlierRun(String key, Instant time) {
        if (config.duration() == null) {
            return false;
        }
        StateStore.SuppressionWindow previous = store.suppression(ruleId, key);
        if (previous == null || time.isBefore(previous.start()) || !time.isBefore(previous.start().plus(config.duration()))) {
            return false;
        }
        Instant end = time.isAfter(previous.end()) ? time : previous.end();
        store.recordSuppression(ruleId, key, new StateStore.SuppressionWindow(previous.start(), end, previous.suppressed() + 1));
        return true;
    }

    /** Emits every held group whose window closed before {@code now} (event time). */
    void expire(Instant now, Consumer<Alert> emit) {
        if (config.duration() == null) {
            return;
        }
        for (Iterator<Held> it = held.values().iterator(); it.hasNext();) {
            Held h = it.next();
            if (!inWindow(h, now)) {
                emitGroup(h, emit);
                it.remove();
            }
        }
    }

    void finish(Consumer<Alert> emit) {
        held.values().forEach(h -> emitGroup(h, emit));
        held.clear();
    }

    int heldGroups() {
        return held.size();
    }

    private boolean inWindow(Held h, Instant time) {
        return config.duration() == null || time.isBefore(h.start.plus(config.duration()));
    }

    private void emitGroup(Held h, Consumer<Alert> emit) {
        if (config.duration() != null && h.key != null) {
            store.recordSuppression(ruleId, h.key, new StateStore.SuppressionWindow(h.start, h.end, h.suppressed));
        }
        String instanceId = AlertIds.forEvents(ruleId + ":suppression:" + h.terms, List.of());
        for (Alert alert : h.alerts) {
            DocumentBuilder extra = new DocumentBuilder();
            extra.set("kibana.alert.instance.id", instanceId);
            extra.set("kibana.alert.suppression.terms", h.terms);
            extra.set("kibana.alert.suppression.start", h.start.toString());
            extra.set("kibana.alert.suppression.end", h.end.toString());
            extra.set("kibana.alert.suppression.docs_count", h.suppressed);
            emit.accept(alert.with(extra.build()));
        }
    }

    private static Instant time(Event doc) {
        Object t = doc.get(ORIGINAL_TIME);
        if (t instanceof String s) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                return Instant.EPOCH;
            }
        }
        return Instant.EPOCH;
    }
}
