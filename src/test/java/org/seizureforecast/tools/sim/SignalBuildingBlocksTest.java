package org.seizureforecast.tools.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seizureforecast.core.signal.Resampler;

/** The hand-written generators do what their Javadoc says. */
class SignalBuildingBlocksTest {

    @ParameterizedTest
    @ValueSource(doubles = {1.2, 1.5, 1.8})
    void pinkNoiseHasUnitVarianceAndTheRequestedSpectralSlope(double alpha) {
        PinkNoiseFilter filter = new PinkNoiseFilter(alpha, 200, 256);
        SplittableRandom r = new SplittableRandom(1);
        int n = 1 << 18;
        double[] x = new double[n];
        double var = 0;
        for (int i = 0; i < n; i++) {
            x[i] = filter.next(r.nextGaussian());
            var += x[i] * x[i] / n;
        }
        assertThat(var).isCloseTo(1.0, offset(0.15));
        double[] psd = welch(x, 2048);
        // least-squares slope of log power vs log frequency over 2-20 Hz
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int m = 0;
        for (int k = 16; k <= 160; k++) {
            double lx = Math.log10(k * 256.0 / 2048);
            double ly = Math.log10(psd[k]);
            sx += lx;
            sy += ly;
            sxx += lx * lx;
            sxy += lx * ly;
            m++;
        }
        double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
        assertThat(-slope).isCloseTo(alpha, offset(0.2));
    }

    @Test
    void resonatorHasUnitVarianceAndPeaksAtItsFrequency() {
        Resonator alpha = new Resonator(10, 1.5, 256);
        SplittableRandom r = new SplittableRandom(2);
        double[] x = new double[1 << 17];
        double var = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = alpha.next(r.nextGaussian());
            var += x[i] * x[i] / x.length;
        }
        assertThat(var).isCloseTo(1.0, offset(0.1));
        double[] psd = welch(x, 512);
        int peak = 1;
        for (int k = 1; k < psd.length; k++) {
            peak = psd[k] > psd[peak] ? k : peak;
        }
        assertThat(peak * 0.5).isCloseTo(10.0, offset(0.5));
    }

    @Test
    void bonnResamplingReproducesABandLimitedSignal() {
        double fsIn = 173.61;
        float[] x = new float[4097];
        for (int i = 0; i < x.length; i++) {
            double t = i / fsIn;
            x[i] = (float) (50 * Math.sin(2 * Math.PI * 7.3 * t) + 20 * Math.sin(2 * Math.PI * 41 * t + 1));
        }
        float[] y = EmgDatasetWriter.resample(x, fsIn, 256);
        // output sample i lies at offset + i / 256 s (offset < one output period, see Resampler)
        double offset = Resampler.create(fsIn, 256, 1).offsetSeconds();
        assertThat(y).hasSize(6040);
        for (int i = 200; i < y.length - 200; i += 7) {
            double t = offset + i / 256.0;
            double expected = 50 * Math.sin(2 * Math.PI * 7.3 * t) + 20 * Math.sin(2 * Math.PI * 41 * t + 1);
            assertThat((double) y[i]).isCloseTo(expected, offset(0.1));
        }
    }

    @Test
    void hypnogramSleepsAtNightInCyclesAndKeepsTheEyesClosedFraction() throws Exception {
        PatientParameters p = ArtifactGroundTruthTest.with(
                PatientParameters.draw("01", new SplittableRandom(4), 0),
                Map.of("bedtime", LocalTime.of(22, 0), "wakeTime", LocalTime.of(7, 0), "eyesClosedFraction", 0.2));
        Hypnogram h = new Hypnogram(p, LocalDateTime.of(2076, 1, 1, 12, 0), 86_400, new SplittableRandom(5));
        int[] count = new int[SleepStage.values().length];
        int awakeDay = 0;
        int closedDay = 0;
        for (int t = 0; t < 86_400; t++) {
            SleepStage s = h.at(t);
            count[s.ordinal()]++;
            if (t < 10 * 3600) {
                awakeDay += s.asleep() ? 0 : 1;
                closedDay += s == SleepStage.AWAKE_EYES_CLOSED ? 1 : 0;
            }
        }
        assertThat(awakeDay).as("12:00-22:00 awake").isEqualTo(10 * 3600);
        assertThat((double) closedDay / awakeDay).isCloseTo(0.2, offset(0.07));
        assertThat(h.at(13 * 3600).asleep()).as("01:00 asleep").isTrue();
        assertThat(count[SleepStage.N2.ordinal()]).isGreaterThan(count[SleepStage.N3.ordinal()]);
        assertThat(count[SleepStage.N3.ordinal()]).isGreaterThan(1800);
        assertThat(count[SleepStage.REM.ordinal()]).isGreaterThan(3600);
        assertThat(h.at(20 * 3600).asleep()).as("08:00 awake").isFalse();
    }

    static double[] welch(double[] x, int w) {
        double[] psd = new double[w / 2 + 1];
        double[] re = new double[w];
        double[] im = new double[w];
        for (int start = 0; start + w <= x.length; start += w / 2) {
            for (int i = 0; i < w; i++) {
                re[i] = x[start + i] * (0.5 - 0.5 * Math.cos(2 * Math.PI * i / w));
                im[i] = 0;
            }
            Fft.transform(re, im, false);
            for (int k = 0; k <= w / 2; k++) {
                psd[k] += re[k] * re[k] + im[k] * im[k];
            }
        }
        return psd;
    }
}
