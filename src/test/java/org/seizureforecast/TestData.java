package org.seizureforecast;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared real EEG lives ({@code ../shared/data}, never copied into the repository).
 * Tests that need it call {@link #require(String)}, which skips them with a clear message on a
 * fresh clone without the folder; CI always has it.
 */
public final class TestData {
    private TestData() {}

    public static Path sharedDir() {
        return Path.of(System.getProperty("shared.dir", "../shared"))
                .toAbsolutePath()
                .normalize();
    }

    /** The path below {@code ../shared}, or a skipped test when it is absent. */
    public static Path require(String relative) {
        Path p = sharedDir().resolve(relative);
        assumeTrue(
                Files.exists(p),
                "shared data not found at " + p + " (set -Dshared.dir=...; see ../shared/data/README.md)");
        return p;
    }

    public static Path chbmitEdf(String name) {
        return require("data/chbmit-excerpts/edf/" + name);
    }
}
