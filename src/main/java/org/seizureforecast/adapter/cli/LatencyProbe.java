package org.seizureforecast.adapter.cli;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import org.HdrHistogram.Histogram;

/**
 * Times one repeated piece of work on the calling thread: per-call latency into an HdrHistogram
 * (nanoseconds, 3 significant digits) and the Java heap it allocates per call in steady state
 * ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}: heap only, not ORT's
 * native arena).
 */
final class LatencyProbe {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** Latency p50/p99 in milliseconds and heap bytes allocated per call. */
    record Result(double p50Ms, double p99Ms, double heapBytesPerCall, int calls) {}

    private LatencyProbe() {}

    static Result measure(Runnable work, int warmup, int calls) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        Histogram h = new Histogram(60_000_000_000L, 3);
        // allocation is measured in a separate pass so the histogram's own bookkeeping is not counted
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < calls; i++) {
            work.run();
        }
        double heap = (THREADS.getCurrentThreadAllocatedBytes() - before) / (double) calls;
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            work.run();
            h.recordValue(System.nanoTime() - t);
        }
        return new Result(h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6, heap, calls);
    }
}
