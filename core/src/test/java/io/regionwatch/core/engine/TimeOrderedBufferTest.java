package io.regionwatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionwatch.core.event.Event;
import io.regionwatch.core.event.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeOrderedBufferTest {
    @TempDir
    Path spill;

    private static Event event(Instant at, String source, long index, String payload) {
        Map<String, Object> doc = at == null ? Map.of("p", payload) : Map.of("@timestamp", at.toString(), "p", payload);
        return new Event(doc, new Origin(source, index + 1, index));
    }

    private static List<Event> shuffledEvents(int n, long seed) {
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // coarse times so that many events tie and the (source, index) tiebreak decides
            Instant at = random.nextInt(50) == 0 ? null : start.plusSeconds(random.nextInt(n / 4 + 1));
            events.add(event(at, "file-" + random.nextInt(5), i, "x".repeat(random.nextInt(200))));
        }
        return events;
    }

    private static final Comparator<Event> EXPECTED = EventTime.standard().order();

    @Test
    void inMemoryAndSpilledDrainsGiveTheSameTotalOrder() throws IOException {
        List<Event> events = shuffledEvents(20_000, 7);
        List<Event> expected = new ArrayList<>(events);
        expected.sort(EXPECTED);

        List<Map<String, Object>> inMemory = new ArrayList<>();
        try (TimeOrderedBuffer buffer = new TimeOrderedBuffer(EventTime.standard(), 1L << 30, spill)) {
            events.forEach(e -> buffer.add(e, new int[] {1}));
            buffer.drain((e, tags) -> inMemory.add(e.document()));
            assertThat(buffer.spills()).isZero();
        }
        List<Event> spilled = new ArrayList<>();
        List<int[]> tags = new ArrayList<>();
        try (TimeOrderedBuffer buffer = new TimeOrderedBuffer(EventTime.standard(), 20_000, spill)) {
            for (int i = 0; i < events.size(); i++) {
                buffer.add(events.get(i), new int[] {i % 3, 7});
                assertThat(buffer.runsOnDisk()).isLessThan(TimeOrderedBuffer.MAX_RUNS);
            }
            // 20 KB per run over ~4 MB: several times MAX_RUNS runs, so runs were consolidated more than once
            assertThat(buffer.spills()).isGreaterThan(3L * TimeOrderedBuffer.MAX_RUNS);
            buffer.drain((e, t) -> {
                spilled.add(e);
                tags.add(t);
            });
            assertThat(buffer.spilledEvents()).isGreaterThan(events.size() / 2L);
        }
        assertThat(inMemory).isEqualTo(expected.stream().map(Event::document).toList());
        assertThat(spilled.stream().map(Event::document).toList()).isEqualTo(inMemory);
        assertThat(spilled.stream().map(Event::origin).toList()).isEqualTo(expected.stream().map(Event::origin).toList());
        for (int i = 0; i < spilled.size(); i++) {
            assertThat(tags.get(i)).containsExactly((int) (spilled.get(i).origin().index() % 3), 7);
        }
        try (Stream<Path> left = Files.walk(spill)) {
            assertThat(left.filter(Files::isRegularFile)).as("run files are removed after the drain").isEmpty();
        }
    }

    @Test
    void theBufferIsReusableAfterADrain() {
        try (TimeOrderedBuffer buffer = new TimeOrderedBuffer(EventTime.standard(), 2_000, spill)) {
            for (int round = 0; round < 3; round++) {
                List<Event> events = shuffledEvents(500, round);
                events.forEach(e -> buffer.add(e, new int[0]));
                List<Origin> out = new ArrayList<>();
                buffer.drain((e, t) -> out.add(e.origin()));
                assertThat(out).isEqualTo(events.stream().sorted(EXPECTED).map(Event::origin).toList());
                assertThat(buffer.held()).isZero();
            }
        }
    }

    @Test
    void aFailingSinkStopsTheDrainAndLeavesNothingHeld() {
        try (TimeOrderedBuffer buffer = new TimeOrderedBuffer(EventTime.standard(), 50_000, spill)) {
            shuffledEvents(40_000, 3).forEach(e -> buffer.add(e, new int[0]));
            int[] seen = {0};
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> buffer.drain((e, t) -> {
                if (++seen[0] == 1000) {
                    throw new java.io.UncheckedIOException(new IOException("alert sink full"));
                }
            })).hasMessageContaining("alert sink full");
            assertThat(seen[0]).isEqualTo(1000);
            assertThat(buffer.held()).isZero();
        }
    }
}
