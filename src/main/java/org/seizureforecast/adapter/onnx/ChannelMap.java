package org.seizureforecast.adapter.onnx;

import java.util.List;
import java.util.Locale;

/**
 * Maps the model's channel order onto a window's channel labels (case-insensitive), remembering
 * the last label list so a stream's windows, which share one list, cost no allocation.
 */
final class ChannelMap {
    private final List<String> modelChannels;
    private List<String> lastLabels;
    private int[] lastSources;

    ChannelMap(List<String> modelChannels) {
        this.modelChannels = List.copyOf(modelChannels);
    }

    int size() {
        return modelChannels.size();
    }

    String label(int k) {
        return modelChannels.get(k);
    }

    /** For each model channel, its index in {@code labels}, or -1 when the window lacks it. */
    int[] sources(List<String> labels) {
        if (labels == lastLabels || labels.equals(lastLabels)) {
            return lastSources;
        }
        int[] src = new int[modelChannels.size()];
        for (int k = 0; k < src.length; k++) {
            src[k] = -1;
            String want = modelChannels.get(k).toUpperCase(Locale.ROOT);
            for (int c = 0; c < labels.size(); c++) {
                if (labels.get(c).toUpperCase(Locale.ROOT).equals(want)) {
                    src[k] = c;
                    break;
                }
            }
        }
        lastLabels = labels;
        lastSources = src;
        return src;
    }
}
