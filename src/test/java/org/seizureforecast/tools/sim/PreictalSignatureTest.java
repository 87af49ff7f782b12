package org.seizureforecast.tools.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preictal strength acts only in the preictal window and only as documented: the same
 * patient simulated with strength 1 and strength 0 is sample-for-sample identical before the
 * window, and with strength 1 shows more focal theta power and line length (spikes, focal
 * rhythm, synchrony) in the last 10 minutes before the seizure.
 */
class PreictalSignatureTest {
    @TempDir
    static Path dir;

    static float[][] strong;
    static float[][] none;
    static double onset;
    static double window;
    static List<Integer> focalChannels;

    @BeforeAll
    static void simulateTwice() throws IOException {
        Path a = simulate("strong", 1.0);
        Path b = simulate("none", 0.0);
        onset = SzcoreFormat.readStrict(new BidsLayout(a).events("sub-01", 0))
                .get(0)
                .onset();
        PatientParameters p = new DatasetSimulator(options(1.0)).parameters().get(0);
        window = p.preictalMinutes() * 60;
        assertThat(onset)
                .as("the chosen seed puts the seizure after a full preictal window")
                .isGreaterThan(window + 300);
        strong = Realism.read(new BidsLayout(a).edf("sub-01", 0));
        none = Realism.read(new BidsLayout(b).edf("sub-01", 0));
        focalChannels = new ArrayList<>();
        List<Montage.Channel> channels = Montage.BIPOLAR.channels();
        for (int c = 0; c < channels.size(); c++) {
            if (channels.get(c).plus() == p.focus() || channels.get(c).minus() == p.focus()) {
                focalChannels.add(c);
            }
        }
        assertThat(focalChannels).isNotEmpty();
    }

    private static SimulationOptions options(double strength) {
        return new SimulationOptions(1, 1.5, 23, 2, Montage.BIPOLAR, 1, strength, 1);
    }

    private static Path simulate(String name, double strength) throws IOException {
        Path root = dir.resolve(name);
        new DatasetSimulator(options(strength)).write(root, new AtomicLong()::addAndGet);
        return root;
    }

    @Test
    void isIdenticalBeforeThePreictalWindow() {
        int until = (int) ((onset - window) * 256) - 256;
        for (int c = 0; c < 18; c++) {
            assertThat(Arrays.copyOf(strong[c], until)).isEqualTo(Arrays.copyOf(none[c], until));
        }
    }

    @Test
    void raisesFocalThetaPowerAndLineLengthInTheLastTenMinutes() {
        int from = (int) ((onset - 600) * 256);
        int length = 540 * 256;
        double thetaStrong = 0;
        double thetaNone = 0;
        double llStrong = 0;
        double llNone = 0;
        for (int c : focalChannels) {
            thetaStrong += bandPower(strong[c], from, length, 4, 8);
            thetaNone += bandPower(none[c], from, length, 4, 8);
            llStrong += lineLength(strong[c], from, length);
            llNone += lineLength(none[c], from, length);
        }
        assertThat(thetaStrong / thetaNone)
                .as("focal theta power, strength 1 / strength 0")
                .isGreaterThan(1.5);
        assertThat(llStrong / llNone)
                .as("focal line length, strength 1 / strength 0")
                .isGreaterThan(1.05);
    }

    static double bandPower(float[] x, int from, int length, double low, double high) {
        double[] y = Fft.bandPass(x, from, length, low, high, 256);
        double s = 0;
        for (double v : y) {
            s += v * v;
        }
        return s / y.length;
    }

    static double lineLength(float[] x, int from, int length) {
        double[] y = Fft.bandPass(x, from, length, 0.5, 40, 256);
        double s = 0;
        for (int i = 1; i < y.length; i++) {
            s += Math.abs(y[i] - y[i - 1]);
        }
        return s;
    }
}
