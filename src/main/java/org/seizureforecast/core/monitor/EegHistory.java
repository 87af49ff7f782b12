package org.seizureforecast.core.monitor;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.seizureforecast.core.pipeline.ScoredWindow;

/**
 * The last few minutes of every patient's filtered, montaged EEG (the analysis windows' samples),
 * for reviewing the signal around an alarm.
 *
 * <p>Bounded: each patient holds at most {@code retainSeconds} of samples, 16-bit with a scale per
 * channel and window (about 5.5 MB per patient for 10 min of 18 channels at 256 Hz); older samples
 * are dropped as new ones arrive, so memory stays flat however long a patient is monitored.
 *
 * <p>Thread-safe: written by the processing thread, read by HTTP threads; each patient has its own
 * lock, so a long read of one patient never blocks another's writes.
 */
public final class EegHistory {
    private final double retainSeconds;
    private final double sampleRate;
    private final long capacitySamples;
    private final ConcurrentHashMap<String, EegRing> patients = new ConcurrentHashMap<>();

    /**
     * @param retainSeconds EEG kept per patient, in seconds of signal
     * @param sampleRate the analysis windows' sample rate in Hz
     */
    public EegHistory(double retainSeconds, double sampleRate) {
        if (!(retainSeconds > 0) || !(sampleRate > 0)) {
            throw new IllegalArgumentException("EEG history needs retainSeconds > 0 and sampleRate > 0, was "
                    + retainSeconds + " s at " + sampleRate + " Hz");
        }
        this.retainSeconds = retainSeconds;
        this.sampleRate = sampleRate;
        this.capacitySamples = (long) Math.ceil(retainSeconds * sampleRate);
    }

    /** Keeps the samples of {@code w} not already held, with its artifact information. */
    public void record(ScoredWindow w) {
        patients.computeIfAbsent(w.window().patientId(), id -> new EegRing(capacitySamples, sampleRate))
                .add(w.window(), w.score());
    }

    /** The held EEG with sample times in [fromMicros, toMicros), or empty if the patient has none. */
    public Optional<EegExcerpt> excerpt(String patientId, long fromMicros, long toMicros) {
        EegRing ring = patients.get(patientId);
        return ring == null ? Optional.empty() : Optional.of(ring.excerpt(patientId, fromMicros, toMicros));
    }

    /** End of the patient's last held sample (EEG time, epoch µs), or empty if none is held. */
    public Optional<Long> heldToMicros(String patientId) {
        EegRing ring = patients.get(patientId);
        long to = ring == null ? -1 : ring.heldToMicros();
        return to < 0 ? Optional.empty() : Optional.of(to);
    }

    /** Approximate bytes of sample storage held for all patients. */
    public long heldBytes() {
        long total = 0;
        for (EegRing r : patients.values()) {
            total += r.heldBytes();
        }
        return total;
    }

    public double retainSeconds() {
        return retainSeconds;
    }
}
