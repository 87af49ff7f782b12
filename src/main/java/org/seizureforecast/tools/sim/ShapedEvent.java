package org.seizureforecast.tools.sim;

/**
 * An event with a fixed spatial pattern and a deterministic time course: blinks, eye
 * movements, electrode pops, interictal spikes, spindles, K-complexes. Adds {@code amplitude ×
 * shape(t) × weights[e]} to each electrode. Stateless between blocks.
 */
final class ShapedEvent implements SourceEvent {

    /** Time course; {@code t} seconds since the event start, {@code u = t / duration}. */
    @FunctionalInterface
    interface Shape {
        double at(double t, double u);
    }

    private final long start;
    private final int length;
    private final double amplitude;
    private final double[] weights;
    private final Shape shape;
    private final double sampleRate;

    ShapedEvent(long start, int length, double amplitude, double[] weights, Shape shape, double sampleRate) {
        this.start = start;
        this.length = Math.max(1, length);
        this.amplitude = amplitude;
        this.weights = weights;
        this.shape = shape;
        this.sampleRate = sampleRate;
    }

    @Override
    public long start() {
        return start;
    }

    @Override
    public long end() {
        return start + length;
    }

    @Override
    public void render(long from, int n, double[][] sources) {
        long a = Math.max(from, start);
        long b = Math.min(from + n, end());
        for (long s = a; s < b; s++) {
            double t = (s - start) / sampleRate;
            double v = amplitude * shape.at(t, (s - start) / (double) length);
            int i = (int) (s - from);
            for (int e = 0; e < weights.length; e++) {
                if (weights[e] != 0) {
                    sources[e][i] += v * weights[e];
                }
            }
        }
    }
}
