package io.regionwatch.sigma;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates /work/shared through the {@code regionwatch.shared} property; tests skip when it is absent. */
final class Shared {
    private Shared() {
    }

    static Path dir(String relative) {
        String root = System.getProperty("regionwatch.shared");
        Path dir = root == null ? null : Path.of(root).resolve(relative);
        assumeTrue(dir != null && Files.isDirectory(dir),
                "shared data folder " + relative + " not found (set -Dregionwatch.shared); skipping");
        return dir;
    }
}
