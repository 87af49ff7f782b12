package org.seizureforecast.tools.scoring;

/**
 * The index range a Python slice {@code a[start:stop]} selects in a sequence of {@code length}
 * items: a negative index counts from the end, indices are clipped to {@code [0, length]}, and a
 * range with {@code from >= to} is empty. The reference builds and reads every label mask through
 * such slices, which is why a negative onset usually selects nothing.
 *
 * @param from first index, inclusive
 * @param to last index, exclusive; {@code to <= from} means empty
 */
record PythonSlice(int from, int to) {

    static PythonSlice of(long start, long stop, int length) {
        return new PythonSlice(clip(start, length), clip(stop, length));
    }

    private static int clip(long index, int length) {
        long i = index < 0 ? index + length : index;
        return (int) Math.max(0, Math.min(length, i));
    }

    boolean isEmpty() {
        return to <= from;
    }

    /** Sets every label of the range. */
    void fill(boolean[] mask) {
        for (int i = from; i < to; i++) {
            mask[i] = true;
        }
    }

    /** Number of set labels in the range. */
    int count(boolean[] mask) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (mask[i]) {
                n++;
            }
        }
        return n;
    }
}
