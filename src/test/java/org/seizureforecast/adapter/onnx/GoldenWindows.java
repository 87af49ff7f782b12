package org.seizureforecast.adapter.onnx;

import java.util.Arrays;
import java.util.List;
import org.seizureforecast.core.signal.AnalysisWindow;
import org.seizureforecast.tools.npy.NpyArray;

/**
 * Analysis windows made from the golden STAN input (models/golden/stan__x.npy, synthetic):
 * row 0 is background EEG with strong EMG on its first four channels, row 1 is seizure-like.
 */
final class GoldenWindows {
    static final List<String> MONTAGE =
            Manifest.read(OnnxGoldenTest.MODELS).model("stan").channelOrder();
    private static final NpyArray X = NpyArray.read(
            Manifest.read(OnnxGoldenTest.MODELS).model("stan").golden("inputs").get("x"));

    private GoldenWindows() {}

    static AnalysisWindow window(int row, List<String> labels, boolean[] present) {
        int n = X.rowSize();
        float[] data = Arrays.copyOfRange(X.data(), row * n, (row + 1) * n);
        return new AnalysisWindow("p" + row, "s", row, 0L, 5_000_000L, labels, 1280, data, present, false);
    }

    static AnalysisWindow window(int row) {
        return window(row, MONTAGE, allPresent());
    }

    static boolean[] allPresent() {
        boolean[] present = new boolean[MONTAGE.size()];
        Arrays.fill(present, true);
        return present;
    }
}
