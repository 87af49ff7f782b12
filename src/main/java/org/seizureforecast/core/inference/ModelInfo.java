package org.seizureforecast.core.inference;

/**
 * Identity of one model: carried on every score and alarm so a result can be traced to the exact
 * weights that produced it.
 *
 * @param sha256 hex digest of the model file, or {@code "builtin"} for code-only detectors
 */
public record ModelInfo(String name, String version, String sha256) {
    @Override
    public String toString() {
        return name + "@" + version;
    }
}
