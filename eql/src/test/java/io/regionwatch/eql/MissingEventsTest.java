package io.regionwatch.eql;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Missing-event semantics as Elasticsearch's missing-events suite shows them: a middle missing
 * stage voids a sequence on its own; leading and trailing missing stages void it only all together
 * and within maxspan.
 */
class MissingEventsTest {
    private static Event ev(String id, String ts, String tag) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", id);
        doc.put("@timestamp", ts);
        doc.put("tag", tag);
        return new Event(doc, Origin.UNKNOWN);
    }

    private static List<String> run(String query, List<Event> events) throws Exception {
        List<String> out = new ArrayList<>();
        for (List<Event> result : Eql.parse(query, "t").compile(EqlOptions.defaults()).execute(events)) {
            out.add(String.join(",", result.stream().map(e -> (String) e.get("id")).toList()));
        }
        return out;
    }

    /** Missing events at 12:00 and 12:20, normal ones at 12:10, 12:21, 12:29 and 12:31. */
    private static final List<Event> EDGES = List.of(
            ev("m1", "2026-05-04T12:00:00Z", "missing"), ev("n2", "2026-05-04T12:10:00.001Z", "normal"),
            ev("m3", "2026-05-04T12:20:00.001Z", "missing"), ev("n4", "2026-05-04T12:21:00.001Z", "normal"),
            ev("n5", "2026-05-04T12:29:00.001Z", "normal"), ev("n6", "2026-05-04T12:31:00.001Z", "normal"));

    @Test
    void leadingMissingEventVoidsOnlyWithinMaxspan() throws Exception {
        assertThat(run("sequence with maxspan=3m ![any where tag == \"missing\"] [any where tag == \"normal\"]", EDGES))
                .containsExactly("n2", "n5", "n6");
    }

    @Test
    void leadingAndTrailingVoidOnlyTogetherWithinMaxspan() throws Exception {
        String q = "sequence with maxspan=%s ![any where tag == \"missing\"] [any where tag == \"normal\"]"
                + " ![any where tag == \"missing\"]";
        assertThat(run(String.format(q, "19m"), EDGES)).containsExactly("n2", "n4", "n5", "n6");
        assertThat(run(String.format(q, "21m"), EDGES)).containsExactly("n4", "n5", "n6");
    }

    /** A1 B2 M1 B4 C5 M2 D7 M1 C9 B10 C11 D12 A13 B14 M3 C16 D17 M4, one millisecond apart. */
    private static List<Event> letters() {
        String[] tags = {"A", "B", "M1", "B", "C", "M2", "D", "M1", "C", "B", "C", "D", "A", "B", "M3", "C", "D", "M4"};
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < tags.length; i++) {
            events.add(ev(String.valueOf(i + 1), String.format("2026-05-04T12:00:00.%03dZ", i + 1), tags[i]));
        }
        return events;
    }

    private static String stages(String... parts) {
        StringBuilder q = new StringBuilder("sequence with maxspan=1s");
        for (String p : parts) {
            boolean miss = p.startsWith("!");
            q.append(miss ? " ![" : " [").append("any where tag == \"").append(miss ? p.substring(1) : p).append("\"]");
        }
        return q.toString();
    }

    @Test
    void eachMiddleMissingStageVoidsOnItsOwn() throws Exception {
        List<Event> events = letters();
        assertThat(run(stages("A", "B", "!M1", "C", "!M2", "D"), events)).containsExactly("13,14,16,17");
        assertThat(run(stages("A", "B", "!M1", "C", "D"), events)).containsExactly("13,14,16,17");
        assertThat(run(stages("A", "B", "C", "!M2", "D"), events)).containsExactly("13,14,16,17");
        assertThat(run(stages("A", "B", "!none", "C", "!none", "D"), events)).containsExactly("1,2,5,7", "13,14,16,17");
        assertThat(run(stages("A", "B", "C", "!M2", "D", "!none"), events)).containsExactly("13,14,16,17");
        assertThat(run(stages("!none", "A", "B", "C", "!M2", "D"), events)).containsExactly("13,14,16,17");
    }

    @Test
    void trailingMissingEventVoidsTheSequenceBeforeIt() throws Exception {
        assertThat(run(stages("A", "B", "!M1", "C", "!M2", "D", "!M4"), letters())).isEmpty();
        List<Event> events = List.of(ev("1", "1970-01-01T00:00:00.001Z", "normal"),
                ev("2", "1970-01-01T00:00:00.002Z", "normal"), ev("3", "1970-01-01T00:00:00.003Z", "missing"),
                ev("4", "1970-01-01T00:00:00.004Z", "normal"));
        assertThat(run(stages("normal", "!missing"), events)).containsExactly("4");
        assertThat(run(stages("normal", "!missing", "normal"), events)).containsExactly("1,2");
        assertThat(run(stages("normal", "!nonexisting", "normal"), events)).containsExactly("1,2", "2,4");
    }
}
