package org.seizureforecast.core.inference;

import java.util.List;
import org.seizureforecast.adapter.Recordings;
import org.seizureforecast.adapter.dsp.FilterSpec;
import org.seizureforecast.adapter.dsp.IirjFilterBank;
import org.seizureforecast.core.signal.AnalysisWindow;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.PatientStream;
import org.seizureforecast.core.signal.StreamSpec;

/** Prints the baseline's per-window view of the chb01 excerpts (a calibration aid, not a test). */
public final class BaselineProbe {
    public static void main(String[] args) throws Exception {
        PatientStream stream = new PatientStream("p", StreamSpec.DEFAULT, new IirjFilterBank(FilterSpec.DEFAULT));
        LineLengthDetector d = new LineLengthDetector();
        for (String file : args) {
            for (EegFrame f : Recordings.frames(file, "p", 1.0)) {
                for (AnalysisWindow w : stream.accept(f)) {
                    WindowFeatures feat = WindowFeatures.of(w, 256);
                    WindowScore s = d.score(List.of(w)).get(0);
                    double meanLl = 0, meanF = 0;
                    for (int c = 0; c < w.channelCount(); c++) {
                        meanLl += feat.lineLength[c] / w.channelCount();
                        meanF += feat.frequency[c] / w.channelCount();
                    }
                    System.out.printf("%s %6.1fs ictal=%.3f pre=%.3f art=%.2f meanLL=%.0f meanF=%.1f top=%s%n",
                            file.substring(0, 14), (w.startMicros() % 100_000_000_000L) / 1e6, s.ictalProbability(),
                            s.preictalRisk(), s.artifactFraction(), meanLl, meanF, s.explanation().topChannels());
                }
            }
        }
    }
}
