package org.seizureforecast.core.monitor;

import java.util.List;
import org.seizureforecast.core.inference.Explanation.ChannelWeight;

/**
 * What the detector said about the signal quality of one analysis window, for the EEG page's
 * artifact flags.
 *
 * @param startMicros EEG time of the window's first sample, epoch µs
 * @param endMicros EEG time just after its last sample
 * @param artifactFraction fraction of the window judged artifact, in [0, 1]
 * @param channelArtifact channels judged artifact, with their artifact share (empty when none or unknown)
 * @param missingChannels montage channels absent from the input (zero-filled)
 */
public record WindowQuality(
        long startMicros,
        long endMicros,
        double artifactFraction,
        List<ChannelWeight> channelArtifact,
        List<String> missingChannels) {

    public WindowQuality {
        channelArtifact = List.copyOf(channelArtifact);
        missingChannels = List.copyOf(missingChannels);
    }
}
