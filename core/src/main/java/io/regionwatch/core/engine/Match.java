package io.regionwatch.core.engine;

import io.regionwatch.core.event.Event;
import java.util.List;
import java.util.Map;

/** What a detection found; each kind becomes alerts in the shape Elastic gives that rule type. */
public sealed interface Match {
    /** The events behind the match: the event, the sequence in stage order, or an aggregate's evidence. */
    List<Event> events();

    /** One event matched (event queries, new_terms). {@code alertFields} are merged into the alert. */
    record EventMatch(Event event, Map<String, Object> alertFields) implements Match {
        @Override
        public List<Event> events() {
            return List.of(event);
        }
    }

    /** A sequence matched: its events in stage order. */
    record SequenceMatch(List<Event> events) implements Match {
        public SequenceMatch {
            events = List.copyOf(events);
        }
    }

    /**
     * An aggregate crossed its threshold: the group's field values (dotted name → value), the
     * fields that describe the result, and a bounded sample of the events behind it as evidence.
     */
    record AggregateMatch(Map<String, Object> groupFields, Map<String, Object> alertFields, List<Event> evidence)
            implements Match {
        public AggregateMatch {
            evidence = List.copyOf(evidence);
        }

        @Override
        public List<Event> events() {
            return evidence;
        }
    }
}
