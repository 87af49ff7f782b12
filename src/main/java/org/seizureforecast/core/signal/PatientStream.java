package org.seizureforecast.core.signal;

import java.util.ArrayList;
import java.util.List;
import org.seizureforecast.core.lang.Nullable;

/**
 * One patient's inbound EEG, from chunks of any length to analysis windows: validation (stateless
 * and per session), montage mapping, resampling to {@link StreamSpec#sampleRate()}, filtering,
 * and windows of {@link StreamSpec#windowSeconds()} every {@link StreamSpec#hopSeconds()}.
 *
 * <p>Session rules (see {@code docs/wire-format.md}): a new session id starts a new stream. Within
 * a session the sequence number must rise (it may skip), the sample rate and channel labels must
 * stay the same. Where the next chunk should start is known two ways: from the previous chunk's
 * stamp plus its duration, and from the sample clock (segment origin plus samples received). A
 * chunk starting before both, by more than {@link StreamSpec#gapToleranceMicros()}, is
 * OUT_OF_ORDER; one starting after both by more than that opens a gap: the partial window is
 * dropped, filters settle anew and windowing restarts at the chunk. Anything between is
 * contiguous, so stamp jitter and slow clock drift neither reject nor split a stream. The first
 * window after a new session or gap has {@code afterGap = true}.
 *
 * <p>A rejected frame leaves the stream exactly as it was. Window data depends only on the
 * samples and timestamps, not on how they were cut into chunks.
 *
 * <p>Not thread-safe: one instance per patient, driven by one thread at a time.
 */
public final class PatientStream {
    private final String patientId;
    private final StreamSpec spec;
    private final FrameValidator validator;
    private final MontageMapper mapper;
    private final FilterBank filterBank;
    private final WindowAssembler windows;
    private @Nullable SessionPipeline session;
    private @Nullable MontageMapping lastMapping;
    private long framesAccepted;
    private long sessions;
    private long gaps;

    public PatientStream(String patientId, StreamSpec spec, FilterBank filterBank) {
        this(patientId, spec, filterBank, Montage.DOUBLE_BANANA);
    }

    public PatientStream(String patientId, StreamSpec spec, FilterBank filterBank, Montage montage) {
        this.patientId = patientId;
        this.spec = spec;
        this.validator = new FrameValidator(spec);
        this.mapper = new MontageMapper(montage);
        this.filterBank = filterBank;
        this.windows = new WindowAssembler(patientId, montage.labels(), spec);
    }

    /**
     * Validates the frame, runs it through the pipeline and returns the windows it completes
     * (often none, at most a few), oldest first.
     *
     * @throws FrameRejectedException with the reason and a message naming the problem; the stream
     *     is then unchanged
     */
    public List<AnalysisWindow> accept(EegFrame frame) throws FrameRejectedException {
        validator.validate(frame);
        if (!frame.patientId().equals(patientId)) {
            throw new FrameRejectedException(
                    Rejection.PATIENT_MISMATCH,
                    "frame is for patient '" + frame.patientId() + "', this stream is patient '" + patientId + "'");
        }
        SessionPipeline s = session;
        boolean newSession = false;
        boolean gap = false;
        if (s == null || !s.sessionId.equals(frame.sessionId())) {
            s = new SessionPipeline(frame, mappingFor(frame.channels()), spec.sampleRate(), filterBank);
            newSession = true;
        } else {
            gap = checkContinuation(s, frame);
        }

        // everything below succeeds: commit
        if (newSession) {
            session = s;
            sessions++;
        } else if (gap) {
            gaps++;
        }
        boolean restart = newSession || gap;
        if (restart) {
            windows.startSegment(s.sessionId, frame.startMicros(), s.timing(), s.mapping.present());
        }
        s.clockOffsetMicros = restart ? 0 : frame.startMicros() - s.expectedStartMicros();
        s.sequences.accept(frame.sequence());
        s.lastEndMicros = frame.endMicros();
        framesAccepted++;
        List<AnalysisWindow> out = new ArrayList<>(2);
        s.process(frame, restart, windows, out);
        return out;
    }

    /** Checks a frame of the current session; returns whether it starts after a gap. */
    private boolean checkContinuation(SessionPipeline s, EegFrame frame) throws FrameRejectedException {
        s.sequences.check(frame.sequence(), s.sessionId);
        if (frame.sampleRate() != s.inputRate) {
            throw new FrameRejectedException(
                    Rejection.SAMPLE_RATE_CHANGED,
                    "sample rate changed from "
                            + s.inputRate + " Hz to " + frame.sampleRate() + " Hz within session "
                            + s.sessionId + " (a new rate needs a new session id)");
        }
        if (!frame.channels().equals(s.labels)) {
            throw new FrameRejectedException(
                    Rejection.CHANNEL_MISMATCH,
                    labelChange(s.labels, frame.channels()) + " within session " + s.sessionId
                            + " (new channels need a new session id)");
        }
        long tolerance = spec.gapToleranceMicros();
        long expected = s.expectedStartMicros();
        long earliest = Math.min(expected, s.lastEndMicros) - tolerance;
        if (frame.startMicros() < earliest) {
            throw new FrameRejectedException(
                    Rejection.OUT_OF_ORDER,
                    "chunk starts at "
                            + frame.startMicros() + " µs, " + (earliest + tolerance - frame.startMicros())
                            + " µs before the previous chunk ended (tolerance " + tolerance + " µs)");
        }
        return frame.startMicros() > Math.max(expected, s.lastEndMicros) + tolerance;
    }

    private static String labelChange(List<String> was, List<String> now) {
        if (was.size() != now.size()) {
            return "channel count changed from " + was.size() + " to " + now.size();
        }
        for (int c = 0; c < was.size(); c++) {
            if (!was.get(c).equals(now.get(c))) {
                return "channel " + c + " is now '" + now.get(c) + "', was '" + was.get(c) + "'";
            }
        }
        return "channels changed";
    }

    /** The mapping is a pure function of the labels: reuse it while they stay the same. */
    private MontageMapping mappingFor(List<String> labels) throws FrameRejectedException {
        if (lastMapping == null || !lastMapping.inputLabels().equals(labels)) {
            lastMapping = mapper.map(labels);
        }
        return lastMapping;
    }

    public String patientId() {
        return patientId;
    }

    public StreamStatus status() {
        SessionPipeline s = session;
        if (s == null) {
            return new StreamStatus(patientId, null, 0, 0, 0, 0, List.of(), 0, 0, 0, 0, 0);
        }
        return new StreamStatus(
                patientId,
                s.sessionId,
                s.sequences.highest(),
                s.lastEndMicros,
                s.clockOffsetMicros,
                s.inputRate,
                s.mapping.missingChannels(),
                framesAccepted,
                sessions,
                gaps,
                windows.emitted(),
                windows.lastEndMicros());
    }
}
