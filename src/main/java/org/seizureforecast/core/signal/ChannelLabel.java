package org.seizureforecast.core.signal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.seizureforecast.core.lang.Nullable;

/**
 * What an incoming channel label denotes, after tolerant normalisation: a bipolar pair of
 * electrodes, one electrode against a common reference, or something else (ignored).
 *
 * <p>Tolerated spellings: any case ({@code Fp1}), an {@code EEG} prefix ({@code EEG FP1-REF}),
 * spaces, common-reference suffixes {@code -REF -LE -AVG -AR}, the old 10-20 names T3/T4/T5/T6
 * (= T7/T8/P7/P8), and MNE's {@code -0}/{@code -1} suffixes on duplicate labels.
 */
record ChannelLabel(
        Kind kind, @Nullable String first, @Nullable String second) {
    enum Kind {
        BIPOLAR,
        REFERENTIAL,
        OTHER
    }

    private static final Set<String> COMMON_REFERENCES = Set.of("REF", "LE", "AVG", "AR");
    private static final Map<String, String> OLD_NAMES = Map.of("T3", "T7", "T4", "T8", "T5", "P7", "T6", "P8");
    private static final ChannelLabel OTHER = new ChannelLabel(Kind.OTHER, null, null);

    static ChannelLabel parse(String raw) {
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (s.startsWith("EEG")) {
            s = s.substring(3);
        }
        s = s.replaceAll("\\s+", "");
        String[] parts = s.split("-", -1);
        if (parts.length == 3 && parts[2].matches("\\d+")) {
            parts = new String[] {parts[0], parts[1]};
        }
        if (parts.length == 1 && isElectrode(parts[0])) {
            return new ChannelLabel(Kind.REFERENTIAL, canonical(parts[0]), null);
        }
        if (parts.length != 2 || !isElectrode(parts[0])) {
            return OTHER;
        }
        if (COMMON_REFERENCES.contains(parts[1])) {
            return new ChannelLabel(Kind.REFERENTIAL, canonical(parts[0]), null);
        }
        if (isElectrode(parts[1])) {
            return new ChannelLabel(Kind.BIPOLAR, canonical(parts[0]), canonical(parts[1]));
        }
        return OTHER;
    }

    /** A plausible electrode name: letters then a digit or Z (FP1, T7, CZ, FT10, ...). */
    private static boolean isElectrode(String token) {
        return token.matches("[A-Z]{1,3}([0-9]{1,2}|Z)");
    }

    private static String canonical(String electrode) {
        return OLD_NAMES.getOrDefault(electrode, electrode);
    }
}
