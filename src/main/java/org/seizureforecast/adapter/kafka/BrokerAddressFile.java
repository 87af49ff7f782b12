package org.seizureforecast.adapter.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How {@code replay} finds the embedded broker of a {@code serve} running on the same machine:
 * {@code serve} writes {@code <bootstrap> <pid>} to a file ({@code ~/.seizure-forecast/embedded-broker}
 * unless {@code seizure.kafka.address-file} says otherwise) and deletes it on shutdown.
 */
public final class BrokerAddressFile {
    private BrokerAddressFile() {}

    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".seizure-forecast", "embedded-broker");
    }

    public static void write(Path file, String bootstrap) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, bootstrap + " " + ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
    }

    /** The address of a live serve's embedded broker, if its file exists and its process is alive. */
    public static Optional<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split("\\s+");
        if (parts.length != 2) {
            return Optional.empty();
        }
        boolean alive = ProcessHandle.of(Long.parseLong(parts[1]))
                .map(ProcessHandle::isAlive)
                .orElse(false);
        return alive ? Optional.of(parts[0]) : Optional.empty();
    }

    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a stale file is detected by its dead pid
        }
    }
}
