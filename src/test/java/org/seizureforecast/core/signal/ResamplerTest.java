package org.seizureforecast.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResamplerTest {
    private static final double OUT = 256;
    /** Input rates met in practice (173.61 Hz is the Bonn dataset). */
    private static final double[] RATES = {250, 500, 512, 1000, 200, 173.61};

    /** Resamples one channel in one call; returns the output. */
    private static float[] resample(Resampler r, float[] x) {
        int n = r.process(new float[][] {x}, x.length);
        return Arrays.copyOf(r.output()[0], n);
    }

    private static Resampler settled(double rate, float level) {
        Resampler r = Resampler.create(rate, OUT, 1);
        r.reset(new float[] {level});
        return r;
    }

    /** Least-squares amplitude of a sine of frequency f in y, skipping the first and last second. */
    private static double amplitude(Resampler r, float[] y, double f) {
        double ss = 0, cc = 0, sc = 0, ys = 0, yc = 0;
        for (int k = (int) OUT; k < y.length - OUT; k++) {
            double w = 2 * Math.PI * f * r.outputTimeSeconds(k);
            double s = Math.sin(w), c = Math.cos(w);
            ss += s * s;
            cc += c * c;
            sc += s * c;
            ys += y[k] * s;
            yc += y[k] * c;
        }
        double det = ss * cc - sc * sc;
        double a = (ys * cc - yc * sc) / det;
        double b = (yc * ss - ys * sc) / det;
        return Math.hypot(a, b);
    }

    /**
     * Amplitude of the component at f, by a Hann-windowed correlation: unlike a plain fit it does
     * not pick up leakage from a strong tone elsewhere, so it can measure spurs near -100 dB.
     */
    private static double spur(Resampler r, float[] y, double f) {
        int from = (int) OUT;
        int to = y.length - (int) OUT;
        double re = 0, im = 0, weight = 0;
        for (int k = from; k < to; k++) {
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * (k - from) / (to - from));
            double phase = 2 * Math.PI * f * r.outputTimeSeconds(k);
            re += w * y[k] * Math.cos(phase);
            im += w * y[k] * Math.sin(phase);
            weight += w;
        }
        return 2 * Math.hypot(re, im) / weight;
    }

    static Stream<Arguments> ratesAndFrequencies() {
        double[] frequencies = {0.5, 1, 3, 10, 20, 30, 40, 45};
        return Arrays.stream(RATES)
                .boxed()
                .flatMap(rate -> Arrays.stream(frequencies).mapToObj(f -> Arguments.of(rate, f)));
    }

    @Test
    void samplesAt256HzPassThroughUntouched() {
        Resampler r = Resampler.create(256, OUT, 2);
        float[][] in = {{1, 2, 3}, {4, 5, 6}};
        assertThat(r.process(in, 3)).isEqualTo(3);
        assertThat(r.output()).isSameAs(in);
        assertThat(r.offsetSeconds()).isZero();
        assertThat(r.lookaheadSamples()).isZero();
    }

    /**
     * Amplitude within 0.1 dB (measured: under 0.0001 dB), and each output sample at the instant
     * {@code outputTimeSeconds} says.
     */
    @ParameterizedTest(name = "{0} Hz input, {1} Hz sine")
    @MethodSource("ratesAndFrequencies")
    void keepsAmplitudeAndTimingInTheEegBand(double rate, double f) {
        float[] x = TestSignals.sine(f, 100, rate, (int) (12 * rate));
        Resampler r = settled(rate, 0);
        float[] y = resample(r, x);
        double gainDb = 20 * Math.log10(amplitude(r, y, f) / 100);
        assertThat(Math.abs(gainDb)).as("gain %.5f dB", gainDb).isLessThan(0.1);
        double worst = 0;
        for (int k = (int) OUT; k < y.length - OUT; k++) {
            double expected = 100 * Math.sin(2 * Math.PI * f * r.outputTimeSeconds(k));
            worst = Math.max(worst, Math.abs(y[k] - expected));
        }
        assertThat(worst)
                .as("largest error against the ideal sine, µV")
                .isLessThan(0.01); // -80 dB; measured at most 0.0013
    }

    /** Tones above the output's Nyquist frequency would fold into the EEG band without the low-pass. */
    @ParameterizedTest(name = "{0} Hz input, {1} Hz tone")
    @CsvSource({"1000, 300", "1000, 212", "500, 200", "512, 140", "512, 250"})
    void suppressesAliasesWhenDownsampling(double rate, double f) {
        float[] x = TestSignals.sine(f, 100, rate, (int) (8 * rate));
        Resampler r = settled(rate, 0);
        float[] y = resample(r, x);
        double alias = Math.abs(f - OUT * Math.round(f / OUT));
        double dB = 20 * Math.log10(spur(r, y, alias) / 100);
        assertThat(dB).as("alias at %s Hz", alias).isLessThan(-90); // the kernel's design stop band
    }

    /** Upsampling must not leave the spectral image {@code rate - f}, which 256 Hz sampling folds back. */
    @ParameterizedTest(name = "{0} Hz input, {1} Hz tone")
    @CsvSource({"200, 40", "200, 75", "250, 120", "173.61, 60"})
    void suppressesImagesWhenUpsampling(double rate, double f) {
        float[] x = TestSignals.sine(f, 100, rate, (int) (8 * rate));
        Resampler r = settled(rate, 0);
        float[] y = resample(r, x);
        double image = rate - f;
        double folded = Math.abs(image - OUT * Math.round(image / OUT));
        double dB = 20 * Math.log10(spur(r, y, folded) / 100);
        assertThat(dB)
                .as("image at %s Hz, seen at %s Hz", image, folded)
                .isLessThan(-90); // the kernel's design stop band
    }

    static Stream<Arguments> ratesAndSeeds() {
        return Arrays.stream(RATES)
                .boxed()
                .flatMap(rate -> Stream.of(1L, 2L, 3L).map(seed -> Arguments.of(rate, seed)));
    }

    /** Cutting the input anywhere, into pieces of 1 sample up to several seconds, changes no bit. */
    @ParameterizedTest(name = "{0} Hz, seed {1}")
    @MethodSource("ratesAndSeeds")
    void chunkBoundariesDoNotMatter(double rate, long seed) {
        float[][] x = TestSignals.eegLike(3, rate, 20, seed);
        Resampler whole = Resampler.create(rate, OUT, 3);
        whole.reset(new float[] {x[0][0], x[1][0], x[2][0]});
        int n = whole.process(x, x[0].length);
        float[][] expected = new float[3][];
        for (int c = 0; c < 3; c++) {
            expected[c] = Arrays.copyOf(whole.output()[c], n);
        }

        Resampler chunked = Resampler.create(rate, OUT, 3);
        chunked.reset(new float[] {x[0][0], x[1][0], x[2][0]});
        Random random = new Random(seed);
        float[][] actual = new float[3][n + 8];
        int produced = 0;
        for (int from = 0; from < x[0].length; ) {
            int len = Math.min(
                    x[0].length - from,
                    random.nextBoolean() ? 1 + random.nextInt(5) : random.nextInt((int) (4 * rate)));
            float[][] piece = new float[3][];
            for (int c = 0; c < 3; c++) {
                piece[c] = Arrays.copyOfRange(x[c], from, from + len);
            }
            int got = chunked.process(piece, len);
            for (int c = 0; c < 3; c++) {
                System.arraycopy(chunked.output()[c], 0, actual[c], produced, got);
            }
            produced += got;
            from += len;
        }
        assertThat(produced).isEqualTo(n);
        for (int c = 0; c < 3; c++) {
            assertThat(Arrays.copyOf(actual[c], n)).containsExactly(expected[c]);
        }
    }

    /** After reset on the first value, a constant stays constant: no edge transient. */
    @ParameterizedTest
    @ValueSource(doubles = {250, 1000, 173.61})
    void resetOnTheFirstValueLeavesNoTransient(double rate) {
        float[] x = new float[(int) (2 * rate)];
        Arrays.fill(x, -412.5f);
        for (float y : resample(settled(rate, -412.5f), x)) {
            assertThat((double) y).isCloseTo(-412.5, Offset.offset(0.01));
        }
    }

    /** Output k is ready once the input reaches its instant plus the lookahead, never later. */
    @ParameterizedTest
    @ValueSource(doubles = {250, 500, 1000, 200, 173.61})
    void producesEachSampleAsSoonAsItsInputHasArrived(double rate) {
        Resampler r = settled(rate, 0);
        float[] x = new float[1];
        long produced = 0;
        for (int i = 0; i < 5 * rate; i++) {
            produced += r.process(new float[][] {x}, 1);
            double inputEnd = (i + 1) / rate; // instant just after input sample i
            double latest = inputEnd - r.lookaheadSamples() / rate;
            // every output instant at or before 'latest - one input period' must be out already
            long due = (long) Math.floor((latest - 1 / rate - r.offsetSeconds()) * OUT) + 1;
            assertThat(produced).isGreaterThanOrEqualTo(Math.max(0, due));
            assertThat(r.outputTimeSeconds(produced - 1)).isLessThanOrEqualTo(inputEnd);
        }
    }

    @Test
    void offsetIsLessThanOneOutputPeriod() {
        for (double rate : RATES) {
            double offset = Resampler.create(rate, OUT, 1).offsetSeconds();
            assertThat(offset).isGreaterThanOrEqualTo(0).isLessThan(1 / OUT);
        }
    }

    /**
     * Two hours at 173.61 Hz (output positions are 17361/25600 input samples apart): a click
     * still appears where {@code outputTimeSeconds} puts it, so positions do not drift.
     */
    @Test
    void aLateClickAppearsWhereTheTimesSay() {
        double rate = 173.61;
        Resampler r = settled(rate, 0);
        int chunk = 1736;
        int chunks = 2 * 3600 / 10;
        long click = (long) (chunks - 1) * chunk + 777;
        float[][] in = new float[1][chunk];
        long produced = 0;
        float[] tail = new float[0];
        long tailStart = 0;
        for (int s = 0; s < chunks; s++) {
            Arrays.fill(in[0], 0f);
            if (click / chunk == s) {
                in[0][(int) (click % chunk)] = 1000f;
            }
            int n = r.process(in, chunk);
            if (s >= chunks - 2) {
                float[] joined = Arrays.copyOf(tail, tail.length + n);
                System.arraycopy(r.output()[0], 0, joined, tail.length, n);
                if (tail.length == 0) {
                    tailStart = produced;
                }
                tail = joined;
            }
            produced += n;
        }
        int peak = 0;
        for (int i = 1; i < tail.length; i++) {
            if (tail[i] > tail[peak]) {
                peak = i;
            }
        }
        double a = tail[peak - 1], b = tail[peak], c = tail[peak + 1];
        double refined = tailStart + peak + 0.5 * (a - c) / (a - 2 * b + c);
        double seen = r.outputTimeSeconds(0) + refined / OUT;
        assertThat(seen - click / rate).as("seconds").isBetween(-2e-4, 2e-4);
    }
}
