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
    void aDamagedFileIsAClearErrorWithTheWayOut() throws IOException {
        Path db = tmp.resolve("broken.db");
        Files.write(db, "this is not an SQLite database, but it is long enough to look like a header...".repeat(100).getBytes());
        assertThatThrownBy(() -> SqliteStateStore.open(db)).isInstanceOf(IOException.class)
                .hasMessageContaining(db.toString()).hasMessageContaining("move it aside");
    }
}
