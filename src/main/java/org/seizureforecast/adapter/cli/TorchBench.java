package org.seizureforecast.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code models/bench_torch.py} (PyTorch eager, same checkpoints and input) and reads its
 * one-line JSON. Never fails the bench: when Python or torch is missing, or the script fails, the
 * result says why and the ORT figures stand alone.
 */
final class TorchBench {
    /** Parsed output, or null with {@code unavailable} saying why. */
    record Outcome(JsonNode json, String unavailable) {}

    private TorchBench() {}

    static Outcome run(String python, Path modelsDir, int threads, int iterations, double gateThreshold) {
        Path script = modelsDir.resolve("bench_torch.py");
        if (!Files.isExecutable(Path.of(python)) || !Files.exists(script)) {
            return new Outcome(null, "PyTorch not installed (" + python + " or " + script + " missing)");
        }
        List<String> cmd = new ArrayList<>(List.of(
                python,
                script.toString(),
                "--models-dir",
                modelsDir.toString(),
                "--threads",
                Integer.toString(threads),
                "--iterations",
                Integer.toString(iterations)));
        if (!Double.isNaN(gateThreshold)) {
            cmd.addAll(List.of("--gate-threshold", Double.toString(gateThreshold)));
        }
        Path errFile = null;
        try {
            errFile = Files.createTempFile("bench_torch", ".err");
            Process p = new ProcessBuilder(cmd).redirectError(errFile.toFile()).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Outcome(null, "PyTorch bench timed out");
            }
            String stderr = Files.readString(errFile);
            if (p.exitValue() != 0) {
                return new Outcome(
                        null,
                        stderr.contains("No module named 'torch'")
                                ? "PyTorch not installed"
                                : "PyTorch bench failed: " + lastLine(stderr));
            }
            String[] lines = out.strip().split("\n");
            return new Outcome(new ObjectMapper().readTree(lines[lines.length - 1]), null);
        } catch (IOException e) {
            return new Outcome(null, "PyTorch bench could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "PyTorch bench interrupted");
        } finally {
            if (errFile != null) {
                try {
                    Files.deleteIfExists(errFile);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines.length == 0 ? "(no output)" : lines[lines.length - 1];
    }
}
