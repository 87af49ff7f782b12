package org.seizureforecast.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchSupportTest {
    @Test
    void assumesThirtyTwoFlopsPerCycleOnZen4WithAvx512() {
        CpuPeak p = CpuPeak.fromCpuinfo(List.of(
                "vendor_id\t: AuthenticAMD",
                "cpu family\t: 25",
                "model name\t: AMD EPYC",
                "cpu MHz\t\t: 2596.146",
                "flags\t\t: fpu avx avx2 fma avx512f avx512bw"));
        assertThat(p.flopsPerCycle()).isEqualTo(32);
        assertThat(p.gflopsPerCore()).isBetween(83.0, 83.2);
        assertThat(p.basis()).contains("Zen 4");
    }

    @Test
    void assumesSixtyFourOnIntelAvx512AndThirtyTwoOnAvx2() {
        assertThat(CpuPeak.fromCpuinfo(List.of(
                                "vendor_id : GenuineIntel",
                                "cpu family : 6",
                                "cpu MHz : 3000",
                                "flags : avx2 fma avx512f"))
                        .flopsPerCycle())
                .isEqualTo(64);
        assertThat(CpuPeak.fromCpuinfo(List.of(
                                "vendor_id : AuthenticAMD", "cpu family : 23", "cpu MHz : 3000", "flags : avx2 fma"))
                        .flopsPerCycle())
                .isEqualTo(32);
    }

    @Test
    void saysPytorchIsNotInstalledInsteadOfFailingWhenPythonIsMissing() {
        TorchBench.Outcome o = TorchBench.run("/nonexistent/python3", Path.of("models"), 1, 10, Double.NaN);
        assertThat(o.json()).isNull();
        assertThat(o.unavailable()).startsWith("PyTorch not installed");
    }
}
