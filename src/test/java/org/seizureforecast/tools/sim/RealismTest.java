package org.seizureforecast.tools.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seizureforecast.TestData;

/**
 * Issue 3, acceptance 2: simulated background and seizures against the real CHB-MIT chb01
 * excerpts, feature by feature, each within its stated tolerance (the table in
 * docs/simulator.md is {@link Realism#main} with this seed).
 */
class RealismTest {
    static final long SEED = 2026;

    @TempDir
    Path dir;

    @Test
    void simulatedBackgroundAndSeizuresMatchRealChbmitWithinTolerance() throws IOException {
        Path edf = TestData.require("data/chbmit-excerpts/edf");
        List<Realism.Row> rows = Realism.table(edf, dir, SEED);
        assertThat(rows).hasSize(18);
        assertThat(rows).allSatisfy(r -> assertThat(r.met()).as(r.markdown()).isTrue());
    }
}
