package org.seizureforecast.adapter.dashboard;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.seizureforecast.adapter.Recordings;
import org.seizureforecast.core.signal.EegFrame;

/**
 * A ward of patients for the scale measurement and the screenshots, made from the real CHB-MIT
 * chb01_03 excerpts (1 s frames, 82 s of EEG each):
 * <ul>
 *   <li>seizure patients: the interictal excerpt, then the seizure excerpt (its own session, as recorded);
 *   <li>the others: the interictal excerpt twice, started at a different second per patient so the
 *       rows differ (one contiguous session);
 *   <li>variations: two channels removed (missing), bursts of broadband noise added to two channels
 *       (standing in for muscle artifact), and patients whose stream stops after 8 s (stale data).
 * </ul>
 */
final class WardScenario {
    static final Set<Integer> SEIZURE = Set.of(3, 11, 17, 24, 38);
    static final Set<Integer> FORECAST = Set.of(7, 29, 44);
    static final Set<Integer> MISSING = Set.of(5, 19, 33);
    static final Set<Integer> ARTIFACT = Set.of(17, 41);
    static final Set<Integer> STOPS_EARLY = Set.of(13, 27, 46);
    static final int EARLY_STOP_SECONDS = 8;

    record Patient(String id, int number, List<EegFrame> frames) {
        /** Windows the service scores for this patient: 5 s windows every 2.5 s per session. */
        int expectedWindows() {
            int total = 0;
            String session = null;
            int seconds = 0;
            for (EegFrame f : frames) {
                if (!f.sessionId().equals(session)) {
                    total += windows(seconds);
                    session = f.sessionId();
                    seconds = 0;
                }
                seconds += (int) (f.durationMicros() / 1_000_000);
            }
            return total + windows(seconds);
        }

        private static int windows(int seconds) {
            return seconds < 5 ? 0 : (int) ((seconds - 5) / 2.5) + 1;
        }
    }

    static String id(int n) {
        return String.format("bed-%02d", n);
    }

    static List<Patient> build(int count) throws IOException {
        List<EegFrame> interictal = Recordings.frames(Recordings.INTERICTAL, "x", 1.0);
        List<EegFrame> seizure = Recordings.frames(Recordings.SEIZURE, "x", 1.0);
        List<Patient> ward = new ArrayList<>();
        Random random = new Random(6);
        for (int n = 1; n <= count; n++) {
            String id = id(n);
            List<EegFrame> frames = new ArrayList<>();
            if (SEIZURE.contains(n)) {
                interictal.forEach(f -> frames.add(retime(f, id, "s1", f.sequence(), f.startMicros())));
                seizure.forEach(f -> frames.add(retime(f, id, "s2", f.sequence(), f.startMicros())));
            } else {
                int shift = (n * 7) % interictal.size();
                long t0 = interictal.get(0).startMicros();
                for (int k = 0; k < 2 * interictal.size(); k++) {
                    EegFrame f = interictal.get((shift + k) % interictal.size());
                    frames.add(retime(f, id, "s1", k, t0 + k * 1_000_000L));
                }
            }
            if (STOPS_EARLY.contains(n)) {
                frames.subList(EARLY_STOP_SECONDS, frames.size()).clear();
            }
            for (int i = 0; i < frames.size(); i++) {
                EegFrame f = frames.get(i);
                if (MISSING.contains(n)) {
                    f = without(f, Set.of("T7-P7", "FZ-CZ"));
                }
                if (ARTIFACT.contains(n) && (f.startMicros() / 1_000_000) % 10 < 4) { // 4 s bursts every 10 s
                    f = withNoise(f, Set.of("FP1-F7", "F7-T7"), 300, random);
                }
                frames.set(i, f);
            }
            ward.add(new Patient(id, n, frames));
        }
        return ward;
    }

    static EegFrame retime(EegFrame f, String patient, String session, long sequence, long start) {
        return new EegFrame(
                f.version(),
                patient,
                session,
                sequence,
                start,
                f.sampleRate(),
                f.channels(),
                f.sampleCount(),
                f.samples());
    }

    static EegFrame without(EegFrame f, Set<String> drop) {
        List<String> kept = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int c = 0; c < f.channelCount(); c++) {
            if (!drop.contains(f.channels().get(c))) {
                kept.add(f.channels().get(c));
                index.add(c);
            }
        }
        int n = f.sampleCount();
        float[] samples = new float[kept.size() * n];
        for (int k = 0; k < index.size(); k++) {
            System.arraycopy(f.samples(), index.get(k) * n, samples, k * n, n);
        }
        return new EegFrame(
                f.version(),
                f.patientId(),
                f.sessionId(),
                f.sequence(),
                f.startMicros(),
                f.sampleRate(),
                kept,
                n,
                samples);
    }

    static EegFrame withNoise(EegFrame f, Set<String> channels, double microvolts, Random random) {
        float[] samples = f.samples().clone();
        int n = f.sampleCount();
        for (int c = 0; c < f.channelCount(); c++) {
            if (channels.contains(f.channels().get(c))) {
                for (int i = 0; i < n; i++) {
                    samples[c * n + i] += (float) (random.nextGaussian() * microvolts);
                }
            }
        }
        return new EegFrame(
                f.version(),
                f.patientId(),
                f.sessionId(),
                f.sequence(),
                f.startMicros(),
                f.sampleRate(),
                f.channels(),
                n,
                samples);
    }

    private WardScenario() {}
}
