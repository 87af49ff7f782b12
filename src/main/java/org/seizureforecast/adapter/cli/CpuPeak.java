package org.seizureforecast.adapter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One core's assumed FP32 FMA peak, from {@code /proc/cpuinfo}: FLOPs per cycle from the vector
 * flags and CPU family, times the reported clock. Assumptions, stated in the bench output:
 * AVX-512 on AMD family 25 (Zen 4) runs 512-bit FMAs on two 256-bit pipes = 32 FLOP/cycle; AMD
 * family 26 (Zen 5) and Intel AVX-512 server cores = 2 x 512-bit FMA = 64; AVX2+FMA = 2 x 256-bit
 * = 32; otherwise SSE 2 x 128-bit = 16. The clock is the "cpu MHz" line (nominal on most VMs;
 * turbo would raise the real peak, so the reported fraction is an upper bound).
 */
record CpuPeak(String model, double ghz, int flopsPerCycle, String basis) {

    double gflopsPerCore() {
        return ghz * flopsPerCycle;
    }

    static CpuPeak detect() {
        try {
            return fromCpuinfo(Files.readAllLines(Path.of("/proc/cpuinfo")));
        } catch (IOException e) {
            return new CpuPeak("unknown", Double.NaN, 0, "no /proc/cpuinfo: peak unknown");
        }
    }

    static CpuPeak fromCpuinfo(List<String> lines) {
        String model = field(lines, "model name");
        String vendor = field(lines, "vendor_id");
        int family = parseInt(field(lines, "cpu family"));
        double ghz = parseDouble(field(lines, "cpu MHz")) / 1000.0;
        String flags = " " + field(lines, "flags") + " ";
        boolean avx512 = flags.contains(" avx512f ");
        boolean avx2fma = flags.contains(" avx2 ") && flags.contains(" fma ");
        int perCycle;
        String why;
        if (avx512 && "AuthenticAMD".equals(vendor) && family == 25) {
            perCycle = 32;
            why = "AVX-512 on AMD family 25 (Zen 4): 2 x 256-bit FMA pipes";
        } else if (avx512) {
            perCycle = 64;
            why = "AVX-512: 2 x 512-bit FMA units assumed";
        } else if (avx2fma) {
            perCycle = 32;
            why = "AVX2+FMA: 2 x 256-bit FMA units";
        } else {
            perCycle = 16;
            why = "no AVX2/FMA flag: SSE 2 x 128-bit assumed";
        }
        return new CpuPeak(
                model,
                ghz,
                perCycle,
                String.format(
                        Locale.ROOT,
                        "%s x %.3f GHz (cpu MHz in /proc/cpuinfo) = %.1f GFLOP/s FP32 per core",
                        why,
                        ghz,
                        perCycle * ghz));
    }

    private static String field(List<String> lines, String key) {
        for (String l : lines) {
            int colon = l.indexOf(':');
            if (colon > 0 && l.substring(0, colon).trim().equals(key)) {
                return l.substring(colon + 1).trim();
            }
        }
        return "";
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
