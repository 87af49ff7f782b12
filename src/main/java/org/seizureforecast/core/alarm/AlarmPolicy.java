package org.seizureforecast.core.alarm;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A patient's alarm policy: the one definition of its fields, their rules and their defaults
 * ({@link #DEFAULT}). Configuration ({@code seizure.alarm.*}) and REST ({@code PUT .../policy}) set
 * fields by these names through {@link #with}. Validated on construction, so a bad value stops
 * start-up or gets a 4xx at the REST edge instead of misbehaving at 3 a.m.
 *
 * @param forecastThreshold smoothed preictal risk at or above which FORECAST fires (0..1)
 * @param forecastSmoothingSeconds span of the moving average of preictal risk (STAN: 5 min)
 * @param forecastRefractorySeconds no second FORECAST within this time; also the warning period
 * @param forecastMinCoverage fraction of the smoothing span that must hold data before FORECAST may fire
 * @param seizureThreshold smoothed ictal probability at or above which a window counts as a hit
 * @param seizureSmoothingWindows windows in the short moving average of ictal probability
 * @param seizureK hits needed among the last {@code seizureN} windows to raise SEIZURE
 * @param seizureN window count of the k-of-n rule
 * @param seizureEndWindows consecutive non-hit windows that end a SEIZURE event
 * @param maxArtifactFraction windows more artifact than this cannot count as SEIZURE hits
 */
public record AlarmPolicy(
        double forecastThreshold,
        double forecastSmoothingSeconds,
        double forecastRefractorySeconds,
        double forecastMinCoverage,
        double seizureThreshold,
        int seizureSmoothingWindows,
        int seizureK,
        int seizureN,
        int seizureEndWindows,
        double maxArtifactFraction) {

    /** The defaults; the SEIZURE rule (3 of 4) was chosen on validation patients (docs/alarms.md). */
    public static final AlarmPolicy DEFAULT = new AlarmPolicy(0.5, 300, 1800, 0.5, 0.5, 2, 3, 4, 2, 0.8);

    private static final RecordComponent[] FIELDS = AlarmPolicy.class.getRecordComponents();

    public AlarmPolicy {
        requireOpenUnit("forecastThreshold", forecastThreshold);
        require(forecastSmoothingSeconds > 0, "forecastSmoothingSeconds must be > 0");
        require(forecastRefractorySeconds >= 0, "forecastRefractorySeconds must be >= 0");
        require(forecastMinCoverage >= 0 && forecastMinCoverage <= 1, "forecastMinCoverage must be in [0,1]");
        requireOpenUnit("seizureThreshold", seizureThreshold);
        require(seizureSmoothingWindows >= 1, "seizureSmoothingWindows must be >= 1");
        require(seizureN >= 1 && seizureN <= 64, "seizureN must be in [1,64]");
        require(seizureK >= 1 && seizureK <= seizureN, "seizureK must be in [1, seizureN]");
        require(seizureEndWindows >= 1, "seizureEndWindows must be >= 1");
        require(maxArtifactFraction >= 0 && maxArtifactFraction <= 1, "maxArtifactFraction must be in [0,1]");
    }

    /** The field names, in declaration order: what configuration and REST may set. */
    public static List<String> fieldNames() {
        return Arrays.stream(FIELDS).map(RecordComponent::getName).toList();
    }

    /**
     * A copy with the named fields changed; a null value keeps the current one. Values are numbers
     * or their text (configuration values arrive as text).
     *
     * @throws IllegalArgumentException naming the field: an unknown name, a value that is not a
     *     number (or not a whole number for a count), or a policy that breaks a rule
     */
    public AlarmPolicy with(Map<String, ?> changes) {
        for (String name : changes.keySet()) {
            require(fieldNames().contains(name), "unknown alarm policy field '" + name + "'; known: " + fieldNames());
        }
        List<Object> values = new ArrayList<>(FIELDS.length);
        Class<?>[] types = new Class<?>[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            RecordComponent f = FIELDS[i];
            types[i] = f.getType();
            Object change = changes.get(f.getName());
            values.add(change == null ? read(f) : convert(f, change));
        }
        try {
            Constructor<AlarmPolicy> canonical = AlarmPolicy.class.getDeclaredConstructor(types);
            return canonical.newInstance(values.toArray());
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw invalid;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object read(RecordComponent f) {
        try {
            return f.getAccessor().invoke(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(RecordComponent f, Object value) {
        double v;
        if (value instanceof Number n) {
            v = n.doubleValue();
        } else if (value instanceof String text) {
            try {
                v = Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(f.getName() + " must be a number, was '" + text + "'");
            }
        } else {
            throw new IllegalArgumentException(f.getName() + " must be a number, was " + value);
        }
        if (f.getType() == int.class) {
            require(
                    v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE,
                    f.getName() + " must be a whole number, was " + value);
            return (int) v;
        }
        return v;
    }

    private static void requireOpenUnit(String name, double v) {
        require(v > 0 && v < 1, name + " must be in (0,1), was " + v);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
