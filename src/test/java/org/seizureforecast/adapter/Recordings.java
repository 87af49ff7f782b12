package org.seizureforecast.adapter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seizureforecast.TestData;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.tools.batch.EdfFrameSource;

/** Frames of the real CHB-MIT excerpts, as replay would send them. */
public final class Recordings {
    public static final String INTERICTAL = "chb01_03_0000-0041s.edf";
    public static final String SEIZURE = "chb01_03_2995-3036s.edf";

    private Recordings() {}

    public static List<EegFrame> frames(String file, String patient, double chunkSeconds) throws IOException {
        Path edf = TestData.chbmitEdf(file);
        List<EegFrame> out = new ArrayList<>();
        try (EdfFrameSource src = EdfFrameSource.open(edf, patient, file.replace(".edf", ""), chunkSeconds)) {
            EegFrame f;
            while ((f = src.next()) != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** The two chb01_03 excerpts (0-41 s, then 2995-3036 s) as one patient. */
    public static List<EegFrame> chb01_03(String patient, double chunkSeconds) throws IOException {
        List<EegFrame> all = new ArrayList<>(frames(INTERICTAL, patient, chunkSeconds));
        all.addAll(frames(SEIZURE, patient, chunkSeconds));
        return all;
    }
}
