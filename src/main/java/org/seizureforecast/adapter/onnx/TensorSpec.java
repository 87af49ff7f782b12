package org.seizureforecast.adapter.onnx;

import java.util.Arrays;

/**
 * One graph input or output as the manifest declares it.
 *
 * @param shape dimensions, {@code -1} for the dynamic batch axis (written {@code "batch"} in JSON)
 * @param dtype element type as named in the manifest ({@code float32})
 */
public record TensorSpec(String name, long[] shape, String dtype) {

    public TensorSpec {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Elements per batch row (product of all dimensions after the first). */
    public int rowSize() {
        long n = 1;
        for (int i = 1; i < shape.length; i++) {
            n *= shape[i];
        }
        return Math.toIntExact(n);
    }

    public int rank() {
        return shape.length;
    }

    public String shapeText() {
        return Arrays.toString(shape).replace("-1", "batch");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TensorSpec t
                && name.equals(t.name)
                && Arrays.equals(shape, t.shape)
                && dtype.equals(t.dtype);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return name + shapeText() + ":" + dtype;
    }
}
