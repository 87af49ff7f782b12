package org.seizureforecast.adapter.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seizureforecast.tools.npy.NpyArray;

/** ORT Java reproduces PyTorch eager on the golden pairs that models/export.sh stored. */
class OnnxGoldenTest {
    static final Path MODELS = Path.of("models");
    static final double TOLERANCE = 1e-4;
    private static OnnxModels models;

    @BeforeAll
    static void open() {
        models = OnnxModels.open(
                MODELS, OnnxOptions.DEFAULT.withModels(List.of("stan", "stan_paper", "atat_ae", "atat_transformer")));
    }

    @AfterAll
    static void close() {
        models.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stan", "stan_paper", "atat_ae", "atat_transformer"})
    void everyOutputMatchesPytorchEagerWithinTolerance(String name) {
        ModelSpec spec = models.spec(name);
        Map<String, Path> inputs = spec.golden("inputs");
        int batch = (int) NpyArray.read(inputs.values().iterator().next()).shape()[0];
        try (BatchedRunner runner = new BatchedRunner(models, name, batch)) {
            for (var e : inputs.entrySet()) {
                runner.input(e.getKey()).put(0, NpyArray.read(e.getValue()).data());
            }
            runner.run(batch);
            for (var e : spec.golden("outputs").entrySet()) {
                NpyArray want = NpyArray.read(e.getValue());
                double diff = maxAbsDiff(runner.output(e.getKey()), want.data(), 0, want.data().length);
                System.out.printf("golden %s/%s max abs diff %.3g%n", name, e.getKey(), diff);
                assertThat(diff).as("%s output %s", name, e.getKey()).isLessThanOrEqualTo(TOLERANCE);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stan", "atat_ae", "atat_transformer"})
    void reusedBuffersServeEveryBatchSizeInTurn(String name) {
        ModelSpec spec = models.spec(name);
        try (BatchedRunner runner = new BatchedRunner(models, name, 2)) {
            for (int rows : new int[] {2, 1, 2, 1}) {
                for (var e : spec.golden("inputs").entrySet()) {
                    runner.input(e.getKey()).put(0, NpyArray.read(e.getValue()).data());
                }
                for (var e : spec.golden("outputs").entrySet()) {
                    runner.output(e.getKey())
                            .put(0, new float[runner.output(e.getKey()).capacity()]);
                }
                runner.run(rows);
                for (var e : spec.golden("outputs").entrySet()) {
                    NpyArray want = NpyArray.read(e.getValue());
                    int n = rows * want.rowSize();
                    assertThat(maxAbsDiff(runner.output(e.getKey()), want.data(), 0, n))
                            .as("%s %s at batch %d", name, e.getKey(), rows)
                            .isLessThanOrEqualTo(TOLERANCE);
                }
            }
        }
    }

    static double maxAbsDiff(FloatBuffer got, float[] want, int from, int to) {
        double max = 0;
        for (int i = from; i < to; i++) {
            max = Math.max(max, Math.abs(got.get(i) - want[i]));
        }
        return max;
    }
}
