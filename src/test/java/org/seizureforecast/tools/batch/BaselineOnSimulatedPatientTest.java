package org.seizureforecast.tools.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seizureforecast.adapter.dsp.FilterSpec;
import org.seizureforecast.adapter.dsp.IirjFilterBank;
import org.seizureforecast.core.alarm.AlarmEngine;
import org.seizureforecast.core.alarm.AlarmPolicy;
import org.seizureforecast.core.inference.LineLengthDetector;
import org.seizureforecast.core.pipeline.StreamProcessor;
import org.seizureforecast.core.signal.StreamSpec;
import org.seizureforecast.tools.edf.EdfInputs;
import org.seizureforecast.tools.scoring.AnnotationFile;
import org.seizureforecast.tools.scoring.AnnotationReader;
import org.seizureforecast.tools.scoring.AnnotationWriter;
import org.seizureforecast.tools.scoring.RecordingEvaluator;
import org.seizureforecast.tools.scoring.Score;
import org.seizureforecast.tools.sim.DatasetSimulator;
import org.seizureforecast.tools.sim.Montage;
import org.seizureforecast.tools.sim.SimulationOptions;

/**
 * Issue 3, acceptance 3 in miniature (the 3 × 24 h figures are in docs/baseline-detector.md): the
 * baseline detector, run through the offline pipeline on a simulated patient, finds most seizures,
 * scored by our SzCORE scorer against the simulator's annotations. The false-alarm rate is
 * reported, not required to be zero.
 */
class BaselineOnSimulatedPatientTest {
    @TempDir
    Path dir;

    @Test
    void baselineFindsMostSimulatedSeizures() throws Exception {
        new DatasetSimulator(new SimulationOptions(1, 8, 11, 8, Montage.BIPOLAR, 3, Double.NaN, 2)).write(dir, s -> {});
        EdfInputs.Recording rec = EdfInputs.resolve(dir).get(0);
        StreamProcessor processor = new StreamProcessor(
                StreamSpec.DEFAULT,
                new IirjFilterBank(FilterSpec.DEFAULT),
                new LineLengthDetector(),
                new AlarmEngine(AlarmPolicy.DEFAULT));
        try (EdfFrameSource source = EdfFrameSource.open(rec.edf(), "sim", "run-00", 10.0)) {
            RecordingDetector.Result result = RecordingDetector.run(processor, source, n -> {});
            AnnotationFile reference = AnnotationReader.read(rec.events());
            String hypothesis = AnnotationWriter.format(
                    SeizureRows.of(result.alarms(), source.header().startMicros()),
                    source.durationSeconds(),
                    source.header().start());
            Score event = RecordingEvaluator.evaluate(reference, AnnotationReader.parse("hyp", hypothesis))
                    .event()
                    .score();
            System.out.printf(
                    "baseline on simulated 8 h patient: %d/%d seizures, %d false detections (%.1f/24 h)%n",
                    event.tp(), event.refTrue(), event.fp(), event.fpRate());
            assertThat(event.refTrue()).isEqualTo(3);
            assertThat(event.sensitivity()).as("finds most seizures").isGreaterThanOrEqualTo(0.5);
            assertThat(event.fpRate()).as("false detections per 24 h").isLessThanOrEqualTo(8.0);
        }
    }
}
