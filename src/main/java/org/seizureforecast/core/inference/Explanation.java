package org.seizureforecast.core.inference;

import java.util.List;

/**
 * Why a window scored as it did, in terms a clinician can check on the EEG page.
 *
 * @param topChannels channels that drove the score, strongest first (at most a handful)
 * @param topSpans time spans within the window that drove the score, strongest first
 * @param channelArtifact per montage channel, the fraction judged artifact (empty if unknown)
 */
public record Explanation(
        List<ChannelWeight> topChannels, List<TimeSpan> topSpans, List<ChannelWeight> channelArtifact) {

    public static final Explanation NONE = new Explanation(List.of(), List.of(), List.of());

    public Explanation {
        topChannels = List.copyOf(topChannels);
        topSpans = List.copyOf(topSpans);
        channelArtifact = List.copyOf(channelArtifact);
    }

    /** A channel label with a weight (attention share, relative energy, artifact fraction). */
    public record ChannelWeight(String channel, double weight) {}

    /** Seconds from the window start, with a weight. */
    public record TimeSpan(double fromSeconds, double toSeconds, double weight) {}
}
