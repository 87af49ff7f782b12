package org.seizureforecast.core.inference;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The detectors a service offers, by name ({@code baseline}, {@code onnx}), the default one, and
 * each patient's choice. Letting a clinician or researcher switch one patient to the other
 * detector, live, keeps the baseline a real comparison rather than a configuration nobody runs.
 *
 * <p>Not thread-safe; owned by the stream processor, whose caller serialises access.
 */
public final class Detectors implements AutoCloseable {
    private final String defaultName;
    private final Map<String, WindowScorer> available;
    private final Map<String, String> unavailable;
    private final Map<String, String> chosen = new HashMap<>();

    /**
     * @param available detectors that loaded, by name (the default among them)
     * @param unavailable detectors that could not be loaded, by name, with the reason
     */
    public Detectors(String defaultName, Map<String, WindowScorer> available, Map<String, String> unavailable) {
        if (!available.containsKey(defaultName)) {
            throw new IllegalArgumentException("default detector '" + defaultName + "' is not available"
                    + (unavailable.containsKey(defaultName) ? ": " + unavailable.get(defaultName) : ""));
        }
        this.defaultName = defaultName;
        this.available = Collections.unmodifiableMap(new LinkedHashMap<>(available));
        this.unavailable = Map.copyOf(unavailable);
    }

    /** One detector, which is the default. */
    public static Detectors single(String name, WindowScorer scorer) {
        return new Detectors(name, Map.of(name, scorer), Map.of());
    }

    public String defaultName() {
        return defaultName;
    }

    /** Names of the detectors that can be chosen. */
    public Set<String> names() {
        return available.keySet();
    }

    public String nameFor(String patientId) {
        return chosen.getOrDefault(patientId, defaultName);
    }

    /** The named detector; throws for a name that is not available (callers pass names from this class). */
    public WindowScorer byName(String name) {
        WindowScorer scorer = available.get(name);
        if (scorer == null) {
            throw new IllegalArgumentException("detector '" + name + "' is not available");
        }
        return scorer;
    }

    /** Switches one patient's detector from its next window on; the old detector forgets the patient. */
    public void select(String patientId, String name) {
        if (!available.containsKey(name)) {
            String why = unavailable.containsKey(name)
                    ? "is not available: " + unavailable.get(name)
                    : "is unknown; choose one of " + available.keySet();
            throw new IllegalArgumentException("detector '" + name + "' " + why);
        }
        String previous = nameFor(patientId);
        if (!previous.equals(name)) {
            byName(previous).forget(patientId);
        }
        if (name.equals(defaultName)) {
            chosen.remove(patientId);
        } else {
            chosen.put(patientId, name);
        }
    }

    @Override
    public void close() {
        available.values().forEach(WindowScorer::close);
    }
}
