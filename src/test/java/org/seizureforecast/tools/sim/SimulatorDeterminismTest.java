package org.seizureforecast.tools.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3, acceptance 4: same seed → byte-identical dataset (whatever the threads); other seed → other patients. */
class SimulatorDeterminismTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesAByteIdenticalDatasetWhateverTheThreadCount() throws Exception {
        Map<String, String> one = digest(simulate("a", 42, 1));
        Map<String, String> two = digest(simulate("b", 42, 3));
        assertThat(one).hasSizeGreaterThan(20);
        assertThat(two).isEqualTo(one);
    }

    @Test
    void anotherSeedGivesOtherPatients() throws Exception {
        Path a = simulate("a", 42, 2);
        Path b = simulate("b", 43, 2);
        assertThat(Files.readString(b.resolve("participants.tsv")))
                .isNotEqualTo(Files.readString(a.resolve("participants.tsv")));
        for (int p = 1; p <= 3; p++) {
            Path params = Path.of(
                    "derivatives", "ground-truth", BidsLayout.subject(p), BidsLayout.subject(p) + "_parameters.json");
            assertThat(Files.readString(b.resolve(params))).isNotEqualTo(Files.readString(a.resolve(params)));
            Path edf = a.relativize(new BidsLayout(a).edf(BidsLayout.subject(p), 0));
            assertThat(Files.mismatch(a.resolve(edf), b.resolve(edf)))
                    .as("EDF of patient %d differs", p)
                    .isNotEqualTo(-1L);
        }
    }

    @Test
    void aPatientsParametersDoNotDependOnTheRecordingLength() {
        assertThat(new DatasetSimulator(SimulationOptions.defaults(3, 24, 7)).parameters())
                .isEqualTo(new DatasetSimulator(SimulationOptions.defaults(3, 0.1, 7)).parameters());
    }

    private Path simulate(String name, long seed, int threads) throws IOException {
        Path root = dir.resolve(name);
        new DatasetSimulator(new SimulationOptions(3, 0.1, seed, 0.05, Montage.BOTH, 1, Double.NaN, threads))
                .write(root, new AtomicLong()::addAndGet);
        return root;
    }

    private static Map<String, String> digest(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }
}
