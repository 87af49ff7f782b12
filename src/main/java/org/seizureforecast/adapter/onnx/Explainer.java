package org.seizureforecast.adapter.onnx;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import org.seizureforecast.core.inference.Explanation;
import org.seizureforecast.core.inference.Explanation.ChannelWeight;
import org.seizureforecast.core.inference.Explanation.TimeSpan;

/**
 * Builds a window's {@link Explanation} from STAN's attention summaries and AT-AT's flags: the
 * present channels that received the most spatial attention, the 0.5 s tokens that received the
 * most temporal attention, and every present channel's artifact fraction.
 *
 * <p>Artifact fractions take one of 2^epochs values per channel, so their immutable
 * {@link ChannelWeight}s are made once and shared; a window with all channels present and nothing
 * flagged reuses one list. Channels and tokens are ranked with a 64-bit mask (at most 64 each).
 */
final class Explainer {
    private final ChannelMap channels;
    private final int topChannels;
    private final int topSpans;
    private final int tokens;
    private final double tokenSeconds;
    private final ArtifactStage artifact;
    private final ChannelWeight[][] artifactWeights;
    private final List<ChannelWeight> noArtifact;

    Explainer(ChannelMap channels, int tokens, double tokenSeconds, ScorerOptions options, ArtifactStage artifact) {
        if (channels.size() > 64 || tokens > 64) {
            throw new IllegalArgumentException("explanations rank at most 64 channels and 64 time tokens");
        }
        this.channels = channels;
        this.tokens = tokens;
        this.tokenSeconds = tokenSeconds;
        this.topChannels = Math.min(options.topChannels(), channels.size());
        this.topSpans = Math.min(options.topSpans(), tokens);
        this.artifact = artifact;
        int patterns = artifact == null ? 1 : 1 << artifact.epochs();
        this.artifactWeights = new ChannelWeight[channels.size()][patterns];
        ChannelWeight[] zero = new ChannelWeight[channels.size()];
        for (int k = 0; k < channels.size(); k++) {
            for (int f = 0; f < patterns; f++) {
                artifactWeights[k][f] =
                        new ChannelWeight(channels.label(k), artifact == null ? 0 : artifact.fraction(f));
            }
            zero[k] = artifactWeights[k][0];
        }
        this.noArtifact = List.of(zero);
    }

    /** Row {@code w} of the last STAN run; {@code sources[k] < 0} marks absent channels. */
    Explanation explain(int w, int[] sources, FloatBuffer spatial, FloatBuffer temporal) {
        int c = channels.size();
        ChannelWeight[] top = new ChannelWeight[topChannels];
        long used = 0;
        int count = 0;
        for (; count < top.length; count++) {
            int best = -1;
            for (int k = 0; k < c; k++) {
                if ((used & (1L << k)) == 0
                        && sources[k] >= 0
                        && (best < 0 || spatial.get(w * c + k) > spatial.get(w * c + best))) {
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            used |= 1L << best;
            top[count] = new ChannelWeight(channels.label(best), spatial.get(w * c + best));
        }
        TimeSpan[] spans = new TimeSpan[topSpans];
        used = 0;
        for (int s = 0; s < spans.length; s++) {
            int best = -1;
            for (int t = 0; t < tokens; t++) {
                if ((used & (1L << t)) == 0
                        && (best < 0 || temporal.get(w * tokens + t) > temporal.get(w * tokens + best))) {
                    best = t;
                }
            }
            used |= 1L << best;
            spans[s] = new TimeSpan(best * tokenSeconds, (best + 1) * tokenSeconds, temporal.get(w * tokens + best));
        }
        return new Explanation(
                List.of(count == top.length ? top : Arrays.copyOf(top, count)),
                List.of(spans),
                channelArtifacts(w, sources));
    }

    private List<ChannelWeight> channelArtifacts(int w, int[] sources) {
        if (artifact == null) {
            return List.of();
        }
        int present = 0;
        int flagged = 0;
        for (int k = 0; k < sources.length; k++) {
            if (sources[k] >= 0) {
                present++;
                flagged |= artifact.flags(w, k);
            }
        }
        if (present == sources.length && flagged == 0) {
            return noArtifact;
        }
        ChannelWeight[] out = new ChannelWeight[present];
        int n = 0;
        for (int k = 0; k < sources.length; k++) {
            if (sources[k] >= 0) {
                out[n++] = artifactWeights[k][artifact.flags(w, k)];
            }
        }
        return List.of(out);
    }
}
