package org.seizureforecast.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.seizureforecast.adapter.dsp.FilterSpec;
import org.seizureforecast.adapter.dsp.IirjFilterBank;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.alarm.AlarmEngine;
import org.seizureforecast.core.alarm.AlarmKind;
import org.seizureforecast.core.alarm.AlarmPolicy;
import org.seizureforecast.core.inference.Detectors;
import org.seizureforecast.core.signal.StreamSpec;

/**
 * The engine's one result per window: it carries the arrival time the transport stamped on the
 * frame that completed it, the alarms that window emitted, and the batch's stage timings come from
 * the ticker the engine was given. Real filters and chb01 EEG; the scorer only tags.
 */
class ScoredWindowTest {

    @Test
    void eachWindowCarriesTheArrivalOfTheFrameThatCompletedIt() throws Exception {
        List<Inbound<Integer>> batch = new ArrayList<>();
        for (Inbound<Integer> in : StreamProcessorDetectorsTest.interleavedBatch()) {
            batch.add(Inbound.of(in.key(), in.frame(), in.tag(), 1000L + in.tag()));
        }
        BatchOutcome<Integer> out = StreamProcessorDetectorsTest.processor(
                        Detectors.single("a", new StreamProcessorDetectorsTest.Tagging(0.1)))
                .process(batch);

        // frames alternate p1, p2 (tags 0..5); each 5 s frame after the first completes two windows
        assertThat(out.windows())
                .extracting(ScoredWindow::arrivalNanos)
                .containsExactly(1000L, 1001L, 1002L, 1002L, 1003L, 1003L, 1004L, 1004L, 1005L, 1005L);
        assertThat(out.windows()).allSatisfy(w -> {
            assertThat(w.result().patientId()).isEqualTo(w.window().patientId());
            assertThat(w.result().startMicros()).isEqualTo(w.window().startMicros());
            assertThat(w.result().ictalProbability()).isEqualTo(w.score().ictalProbability());
        });
    }

    @Test
    void alarmsTravelWithTheWindowThatEmittedThem() throws Exception {
        StreamProcessor engine = new StreamProcessor(
                StreamSpec.DEFAULT,
                new IirjFilterBank(FilterSpec.DEFAULT),
                new Detectors("a", Map.of("a", new StreamProcessorDetectorsTest.Tagging(0.99)), Map.of()),
                new AlarmEngine(AlarmPolicy.DEFAULT));
        BatchOutcome<Integer> out = engine.process(StreamProcessorDetectorsTest.interleavedBatch());

        List<ScoredWindow> withAlarms =
                out.windows().stream().filter(w -> !w.alarms().isEmpty()).toList();
        assertThat(withAlarms)
                .as("one SEIZURE per patient, at its third hit (3 of 4)")
                .hasSize(2);
        for (ScoredWindow w : withAlarms) {
            Alarm a = w.alarms().get(0);
            assertThat(a.kind()).isEqualTo(AlarmKind.SEIZURE);
            assertThat(a.patientId()).isEqualTo(w.patientId());
            assertThat(a.raisedMicros()).isEqualTo(w.window().endMicros());
        }
        assertThat(out.alarms()).hasSize(2);
    }

    @Test
    void stageTimingsComeFromTheGivenTicker() throws Exception {
        AtomicLong clock = new AtomicLong();
        StreamProcessor engine = new StreamProcessor(
                StreamSpec.DEFAULT,
                new IirjFilterBank(FilterSpec.DEFAULT),
                Detectors.single("a", new StreamProcessorDetectorsTest.Tagging(0.1)),
                new AlarmEngine(AlarmPolicy.DEFAULT),
                () -> clock.getAndAdd(10));
        StageTimings t =
                engine.process(StreamProcessorDetectorsTest.interleavedBatch()).timings();
        assertThat(t).isEqualTo(new StageTimings(10, 10, 10));
    }
}
