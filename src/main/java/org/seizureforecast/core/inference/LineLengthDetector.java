package org.seizureforecast.core.inference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seizureforecast.core.inference.Explanation.ChannelWeight;
import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * Baseline detector in the spirit of Gotman (1982) and Esteller et al. (2001): a seizure is a run
 * of rhythmic activity whose line length stands well above the patient's own background.
 *
 * <ul>
 *   <li>Per channel: line length, RMS and a dominant-frequency proxy ({@link WindowFeatures}).
 *       Channels whose proxy is above {@code emgHz} (muscle) or whose RMS exceeds {@code popMicrovolts}
 *       (electrode pops, movement) are artifact; flat or missing channels are ignored.
 *   <li>Background: per channel, an exponential moving average of log line length over
 *       non-ictal windows (time constant {@code backgroundSeconds}), seeded by the channel's first
 *       window. Line length differs several-fold between channels and patients, so no population
 *       value fits; the price is that a stream starting mid-seizure takes that seizure as its
 *       background until it ends (documented in docs/baseline-detector.md).
 *   <li>Ictal probability: a logistic of the mean log2 ratio to background over the strongest third
 *       of usable channels, centred at {@code ictalRatio}.
 *   <li>Preictal risk: a naive energy trend — a logistic of the short-term (5 min) minus long-term
 *       (60 min) average log line length. It is a comparator for the forecasting models, not a
 *       forecaster with known skill.
 * </ul>
 *
 * <p>Keeps per-patient state; calls must come from one thread at a time.
 */
public final class LineLengthDetector implements WindowScorer {
    public static final ModelInfo MODEL = new ModelInfo("baseline-line-length", "1", "builtin");

    private final Settings settings;
    private final Map<String, Background> backgrounds = new HashMap<>();

    /** Tuning constants, documented in docs/baseline-detector.md. */
    public record Settings(
            double sampleRate,
            double ictalRatio,
            double ictalSlope,
            double emgHz,
            double popMicrovolts,
            double flatMicrovolts,
            double backgroundSeconds,
            double trendShortSeconds,
            double trendLongSeconds,
            double trendCentre,
            double trendSlope) {
        public static final Settings DEFAULT = new Settings(256, 2.8, 0.12, 20, 350, 0.5, 120, 300, 3600, 0.35, 0.08);
    }

    public LineLengthDetector() {
        this(Settings.DEFAULT);
    }

    public LineLengthDetector(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<ModelInfo> models() {
        return List.of(MODEL);
    }

    @Override
    public List<WindowScore> score(List<AnalysisWindow> windows) {
        List<WindowScore> out = new ArrayList<>(windows.size());
        for (AnalysisWindow w : windows) {
            out.add(scoreOne(w));
        }
        return out;
    }

    @Override
    public void forget(String patientId) {
        backgrounds.remove(patientId);
    }

    private WindowScore scoreOne(AnalysisWindow w) {
        WindowFeatures f = WindowFeatures.of(w, settings.sampleRate());
        Background bg = backgrounds.computeIfAbsent(w.patientId(), id -> new Background(w.channelCount()));
        int channels = w.channelCount();
        boolean[] artifact = new boolean[channels];
        double[] logRatio = new double[channels];
        int present = 0;
        int artifacts = 0;
        List<Integer> usable = new ArrayList<>(channels);
        for (int c = 0; c < channels; c++) {
            if (!w.present()[c] || f.rms[c] < settings.flatMicrovolts()) {
                continue;
            }
            present++;
            if (f.frequency[c] > settings.emgHz() || f.rms[c] > settings.popMicrovolts()) {
                artifact[c] = true;
                artifacts++;
                continue;
            }
            // A channel without background yet gives no evidence (ratio 1) and seeds it.
            double background = bg.logLineLength[c];
            logRatio[c] = Double.isNaN(background) ? 0 : (Math.log(f.lineLength[c]) - background) / Math.log(2);
            usable.add(c);
        }
        double artifactFraction = present == 0 ? 0 : (double) artifacts / present;
        usable.sort((a, b) -> Double.compare(logRatio[b], logRatio[a]));
        int top = Math.max(1, (usable.size() + 2) / 3);
        double feature = 0;
        for (int i = 0; i < Math.min(top, usable.size()); i++) {
            feature += logRatio[usable.get(i)];
        }
        double ictal = usable.isEmpty()
                ? 0
                : logistic(
                        (feature / Math.min(top, usable.size()) - log2(settings.ictalRatio())) / settings.ictalSlope());
        double preictal = bg.observe(w, f, usable, ictal < 0.2, settings);
        return new WindowScore(ictal, preictal, artifactFraction, explain(w, f, usable, logRatio, artifact));
    }

    private static Explanation explain(
            AnalysisWindow w, WindowFeatures f, List<Integer> usable, double[] logRatio, boolean[] artifact) {
        List<ChannelWeight> channels = new ArrayList<>(3);
        for (int i = 0; i < Math.min(3, usable.size()); i++) {
            int c = usable.get(i);
            channels.add(new ChannelWeight(w.channels().get(c), Math.pow(2, logRatio[c])));
        }
        int best = 0;
        for (int s = 1; s < f.perSecond.length; s++) {
            if (f.perSecond[s] > f.perSecond[best]) {
                best = s;
            }
        }
        double total = 0;
        for (double v : f.perSecond) {
            total += v;
        }
        List<Explanation.TimeSpan> spans =
                List.of(new Explanation.TimeSpan(best, best + 1.0, total > 0 ? f.perSecond[best] / total : 0));
        List<ChannelWeight> artifacts = new ArrayList<>();
        for (int c = 0; c < artifact.length; c++) {
            if (artifact[c]) {
                artifacts.add(new ChannelWeight(w.channels().get(c), 1.0));
            }
        }
        return new Explanation(channels, spans, artifacts);
    }

    static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }
}
