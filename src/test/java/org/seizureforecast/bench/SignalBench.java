package org.seizureforecast.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.seizureforecast.adapter.dsp.FilterSpec;
import org.seizureforecast.adapter.dsp.IirjFilterBank;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FilterBank;
import org.seizureforecast.core.signal.FrameCodec;
import org.seizureforecast.core.signal.PatientStream;
import org.seizureforecast.core.signal.StreamSpec;

/**
 * Cost of the inbound signal path per 1 s chunk of 23 channels: decode alone, then decode +
 * assemble (montage, resampling, windows) without filters, then with the iirj filters; at 256 Hz
 * (CHB-MIT, no resampling), 250 Hz and 512 Hz. Prints p50, mean and p99 µs per chunk and heap bytes
 * allocated per chunk (this thread, {@code com.sun.management.ThreadMXBean}). All variants run in
 * one JVM, interleaved over rounds, so the ratios between them are what to read on a noisy box.
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.seizureforecast.bench.SignalBench
 * </pre>
 */
public final class SignalBench {
    private static final int CHANNELS = 23;
    private static final int DISTINCT_FRAMES = 120;
    private static final int CHUNKS_PER_ROUND = 3000;
    private static final int ROUNDS = 5;
    private static final String PATIENT = "chb01";
    private static final String SESSION = "chb01_03";
    private static final long T0 = 1_700_000_000_000_000L;
    private static final List<String> LABELS = List.of(
            "FP1-F7",
            "F7-T7",
            "T7-P7",
            "P7-O1",
            "FP1-F3",
            "F3-C3",
            "C3-P3",
            "P3-O1",
            "FP2-F4",
            "F4-C4",
            "C4-P4",
            "P4-O2",
            "FP2-F8",
            "F8-T8",
            "T8-P8",
            "P8-O2",
            "FZ-CZ",
            "CZ-PZ",
            "P7-T7",
            "T7-FT9",
            "FT9-FT10",
            "FT10-T8",
            "T8-P8");

    private enum Variant {
        DECODE,
        DECODE_ASSEMBLE,
        DECODE_ASSEMBLE_FILTER
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf(
                "JDK %s, %d CPUs; %d chunks x %d rounds per variant (after a warm-up round)%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                CHUNKS_PER_ROUND,
                ROUNDS);
        System.out.printf(
                "%-9s %-24s %9s %9s %9s %12s%n", "rate", "variant", "p50 µs", "mean µs", "p99 µs", "bytes/chunk");
        for (double rate : new double[] {256, 250, 512}) {
            byte[][] frames = encodedFrames(rate);
            Variant[] variants = Variant.values();
            long[][] nanos = new long[variants.length][];
            long[] bytes = new long[variants.length];
            for (int round = 0; round <= ROUNDS; round++) {
                for (int v = 0; v < variants.length; v++) {
                    long[] perChunk = new long[CHUNKS_PER_ROUND];
                    long allocated = run(variants[v], frames, perChunk, threads);
                    if (round > 0) { // round 0 warms up
                        nanos[v] = nanos[v] == null ? perChunk : concat(nanos[v], perChunk);
                        bytes[v] += allocated;
                    }
                }
            }
            for (int v = 0; v < variants.length; v++) {
                long[] sorted = nanos[v].clone();
                Arrays.sort(sorted);
                double mean = Arrays.stream(sorted).average().orElse(0) / 1e3;
                double p50 = sorted[sorted.length / 2] / 1e3;
                double p99 = sorted[(int) (sorted.length * 0.99)] / 1e3;
                System.out.printf(
                        "%-9s %-24s %9.1f %9.1f %9.1f %12d%n",
                        rate + " Hz", variants[v], p50, mean, p99, bytes[v] / ((long) ROUNDS * CHUNKS_PER_ROUND));
            }
        }
    }

    /** Runs one stream over CHUNKS_PER_ROUND consecutive chunks; returns the bytes allocated. */
    private static long run(Variant variant, byte[][] frames, long[] perChunk, ThreadMXBean threads) throws Exception {
        FilterBank filters = variant == Variant.DECODE_ASSEMBLE_FILTER
                ? new IirjFilterBank(FilterSpec.DEFAULT)
                : FilterBank.identity();
        PatientStream stream = new PatientStream(PATIENT, StreamSpec.DEFAULT, filters);
        long thread = Thread.currentThread().getId();
        long windows = 0;
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < CHUNKS_PER_ROUND; i++) {
            byte[] frame = frames[i % frames.length];
            restamp(frame, i, T0 + Math.round(i * 1e6));
            long start = System.nanoTime();
            EegFrame decoded = FrameCodec.decode(frame, 1 << 20);
            if (variant != Variant.DECODE) {
                windows += stream.accept(decoded).size();
            }
            perChunk[i] = System.nanoTime() - start;
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        if (variant != Variant.DECODE && windows < CHUNKS_PER_ROUND / 3) {
            throw new IllegalStateException("too few windows: " + windows);
        }
        return allocated;
    }

    private static byte[][] encodedFrames(double rate) {
        Random random = new Random(1);
        int n = (int) rate;
        byte[][] frames = new byte[DISTINCT_FRAMES][];
        for (int f = 0; f < frames.length; f++) {
            float[] samples = new float[CHANNELS * n];
            for (int c = 0; c < CHANNELS; c++) {
                for (int i = 0; i < n; i++) {
                    double t = (f * n + i) / rate;
                    samples[c * n + i] =
                            (float) (50 * Math.sin(2 * Math.PI * (3 + c) * t) + 10 * random.nextGaussian());
                }
            }
            frames[f] = FrameCodec.encode(new EegFrame(1, PATIENT, SESSION, f, T0, rate, LABELS, n, samples));
        }
        return frames;
    }

    /** Rewrites sequence and start time in place (their offsets follow the two ids). */
    private static void restamp(byte[] frame, long sequence, long startMicros) {
        int at = 4
                + 1
                + 2
                + PATIENT.getBytes(StandardCharsets.UTF_8).length
                + 2
                + SESSION.getBytes(StandardCharsets.UTF_8).length;
        ByteBuffer.wrap(frame)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putLong(at, sequence)
                .putLong(at + 8, startMicros);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private SignalBench() {}
}
