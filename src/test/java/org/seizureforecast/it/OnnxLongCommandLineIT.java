package org.seizureforecast.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seizureforecast.TestData;

/**
 * Regression: ONNX Runtime 1.29.0 (Java) dies with SIGSEGV, without a JVM crash report, while
 * creating its environment when the JVM's command line exceeds about 4 KB (measured: 3.5 KB fine,
 * 4 KB crashes; 1.23.2 and 1.28.0 are fine at 100 KB). Deployments pass long JAVA_OPTS, so the
 * service runs the ONNX detector here with a 16 KB command line.
 */
class OnnxLongCommandLineIT {
    @TempDir
    Path work;

    @Test
    void onnxDetectorSurvivesALongJvmCommandLine() throws Exception {
        Path edf = TestData.chbmitEdf("chb01_03_2995-3036s.edf");
        PackagedApp.Result r = PackagedApp.run(
                work,
                List.of("-Dseizure.detector=onnx", "-Dpadding=" + "x".repeat(16_384)),
                "detect",
                edf.toString(),
                work.resolve("out.tsv").toString());
        assertThat(r.exitCode())
                .as("exit code (139 = SIGSEGV); output: %s", r.output())
                .isZero();
    }
}
