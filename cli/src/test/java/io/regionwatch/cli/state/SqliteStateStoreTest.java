package io.regionwatch.cli.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionwatch.core.state.StateStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStateStoreTest {
    @TempDir
    Path tmp;

    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T10:00:00Z");

    @Test
    void committedStateIsThereAfterReopeningAndUncommittedIsNot() throws IOException {
        Path db = tmp.resolve("s.db");
        try (SqliteStateStore store = SqliteStateStore.open(db)) {
            store.recordTerm("r", "k1", T2);
            store.recordTerm("r", "k1", T1);
            store.recordObserved("r", T2);
            store.recordSuppression("r", "[alice]", new StateStore.SuppressionWindow(T1, T2, 3));
            store.commit();
            store.recordTerm("r", "k2", T2);
        }
        try (SqliteStateStore store = SqliteStateStore.open(db)) {
            assertThat(store.term("r", "k1")).isEqualTo(new StateStore.TermHistory(T1, T2));
            assertThat(store.term("r", "k2")).isNull();
            assertThat(store.observedSince("r")).isEqualTo(T2);
            assertThat(store.suppression("r", "[alice]")).isEqualTo(new StateStore.SuppressionWindow(T1, T2, 3));
            assertThat(store.termCount("r")).isEqualTo(1);
        }
    }

    @Test
    void evictionDropsTheLeastRecentlySeenTermsInTheRunsTransaction() throws IOException {
        Path db = tmp.resolve("evict.db");
        try (SqliteStateStore store = SqliteStateStore.open(db)) {
            store.recordTerm("r", "old", T1);
            store.recordTerm("other", "old", T1);
            store.commit();
            store.recordTerm("r", "mid", T1.plusSeconds(1));
            store.recordTerm("r", "new", T2);
            // committed and pending terms are ranked together; other rules are untouched
            assertThat(store.evictTerms("r", 2)).isEqualTo(1);
            assertThat(store.term("r", "old")).isNull();
            assertThat(store.term("r", "new")).isEqualTo(new StateStore.TermHistory(T2, T2));
            assertThat(store.evictTerms("r", 2)).isZero();
        }
        try (SqliteStateStore store = SqliteStateStore.open(db)) {
            // closed without commit, as after a crash: the last committed baseline is whole, eviction included
            assertThat(store.term("r", "old")).isEqualTo(new StateStore.TermHistory(T1, T1));
            assertThat(store.term("r", "mid")).isNull();
            assertThat(store.evictTerms("r", 5)).isZero();
            store.recordTerm("r", "mid", T1.plusSeconds(1));
            store.recordTerm("r", "new", T2);
            assertThat(store.evictTerms("r", 1)).isEqualTo(2);
            store.commit();
        }
        try (SqliteStateStore store = SqliteStateStore.open(db)) {
            assertThat(store.termCount("r")).isEqualTo(1);
            assertThat(store.term("r", "new")).isNotNull();
            assertThat(store.term("other", "old")).isNotNull();
        }
    }

    @Test
    void aDamagedFileIsAClearErrorWithTheWayOut() throws IOException {
        Path db = tmp.resolve("broken.db");
        Files.write(db, "this is not an SQLite database, but it is long enough to look like a header...".repeat(100).getBytes());
        assertThatThrownBy(() -> SqliteStateStore.open(db)).isInstanceOf(IOException.class)
                .hasMessageContaining(db.toString()).hasMessageContaining("move it aside");
    }
}
