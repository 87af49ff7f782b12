package org.seizureforecast.core.inference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seizureforecast.adapter.Recordings;
import org.seizureforecast.adapter.dsp.FilterSpec;
import org.seizureforecast.adapter.dsp.IirjFilterBank;
import org.seizureforecast.core.signal.AnalysisWindow;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.PatientStream;
import org.seizureforecast.core.signal.StreamSpec;
import org.seizureforecast.tools.batch.EdfFrameSource;

/** Prints the baseline's per-window view of the chb01 excerpts (a calibration aid, not a test). */
public final class BaselineProbe {
    static List<EegFrame> framesOf(Path edf) throws IOException {
        List<EegFrame> out = new ArrayList<>();
        try (EdfFrameSource src = EdfFrameSource.open(edf, "p", "s", 10.0)) {
            EegFrame f;
            while ((f = src.next()) != null) {
                out.add(f);
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        PatientStream stream = new PatientStream("p", StreamSpec.DEFAULT, new IirjFilterBank(FilterSpec.DEFAULT));
        LineLengthDetector d = new LineLengthDetector();
        double from = Double.parseDouble(System.getProperty("probe.from", "-1"));
        double to = Double.parseDouble(System.getProperty("probe.to", "1e12"));
        for (String file : args) {
            List<EegFrame> frames = file.startsWith("/") ? framesOf(Path.of(file)) : Recordings.frames(file, "p", 1.0);
            long t0 = frames.get(0).startMicros();
            for (EegFrame f : frames) {
                for (AnalysisWindow w : stream.accept(f)) {
                    WindowFeatures feat = WindowFeatures.of(w, 256);
                    WindowScore s = d.score(List.of(w)).get(0);
                    double at = (w.startMicros() - t0) / 1e6;
                    if (at < from || at > to) {
                        continue;
                    }
                    double meanLl = 0, meanF = 0;
                    for (int c = 0; c < w.channelCount(); c++) {
                        meanLl += feat.lineLength[c] / w.channelCount();
                        meanF += feat.frequency[c] / w.channelCount();
                    }
                    System.out.printf(
                            "%s %6.1fs ictal=%.3f pre=%.3f art=%.2f meanLL=%.0f meanF=%.1f top=%s%n",
                            Path.of(file).getFileName().toString().substring(0, 14),
                            at,
                            s.ictalProbability(),
                            s.preictalRisk(),
                            s.artifactFraction(),
                            meanLl,
                            meanF,
                            s.explanation().topChannels());
                }
            }
        }
    }

    private BaselineProbe() {}
}
