package org.seizureforecast.tools.scoring;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The event types of the SzCORE annotation format: {@code bckg} plus the 70 seizure codes of the
 * epilepsy2bids {@code events.json} vocabulary (underscore spelling). Every code except
 * {@code bckg} is a seizure and all seizure codes are scored alike.
 */
public final class SeizureCodes {

    /** The background (no seizure) event type. */
    public static final String BACKGROUND = "bckg";

    /** The generic seizure code, safe to use when writing hypotheses. */
    public static final String SEIZURE = "sz";

    private static final Set<String> SEIZURES = Set.of(
            "sz",
            "sz_foc",
            "sz_foc_a",
            "sz_foc_a_m",
            "sz_foc_a_m_atonic",
            "sz_foc_a_m_automatisms",
            "sz_foc_a_m_clonic",
            "sz_foc_a_m_hyperkinetic",
            "sz_foc_a_m_myoclonic",
            "sz_foc_a_m_spasms",
            "sz_foc_a_m_tonic",
            "sz_foc_a_nm",
            "sz_foc_a_nm_autonomic",
            "sz_foc_a_nm_behavior",
            "sz_foc_a_nm_cognitive",
            "sz_foc_a_nm_emotional",
            "sz_foc_a_nm_sensory",
            "sz_foc_a_um",
            "sz_foc_f2b",
            "sz_foc_ia",
            "sz_foc_ia_m",
            "sz_foc_ia_m_atonic",
            "sz_foc_ia_m_automatisms",
            "sz_foc_ia_m_clonic",
            "sz_foc_ia_m_hyperkinetic",
            "sz_foc_ia_m_myoclonic",
            "sz_foc_ia_m_spasms",
            "sz_foc_ia_m_tonic",
            "sz_foc_ia_nm",
            "sz_foc_ia_nm_autonomic",
            "sz_foc_ia_nm_behavior",
            "sz_foc_ia_nm_cognitive",
            "sz_foc_ia_nm_emotional",
            "sz_foc_ia_nm_sensory",
            "sz_foc_ia_um",
            "sz_foc_ua_m",
            "sz_foc_ua_m_atonic",
            "sz_foc_ua_m_automatisms",
            "sz_foc_ua_m_clonic",
            "sz_foc_ua_m_hyperkinetic",
            "sz_foc_ua_m_myoclonic",
            "sz_foc_ua_m_spasms",
            "sz_foc_ua_m_tonic",
            "sz_foc_ua_nm",
            "sz_foc_ua_nm_autonomic",
            "sz_foc_ua_nm_behavior",
            "sz_foc_ua_nm_cognitive",
            "sz_foc_ua_nm_emotional",
            "sz_foc_ua_nm_sensory",
            "sz_foc_ua_um",
            "sz_gen",
            "sz_gen_m",
            "sz_gen_m_atonic",
            "sz_gen_m_clonic",
            "sz_gen_m_myoAtonic",
            "sz_gen_m_myoTC",
            "sz_gen_m_spasms",
            "sz_gen_m_tonic",
            "sz_gen_m_tonicClonic",
            "sz_gen_nm",
            "sz_gen_nm_atypical",
            "sz_gen_nm_eyelidMyio",
            "sz_gen_nm_myoclonic",
            "sz_gen_nm_typical",
            "sz_uo",
            "sz_uo_m",
            "sz_uo_m_spasms",
            "sz_uo_m_tonicClonic",
            "sz_uo_nm",
            "sz_uo_nm_behavior");

    private SeizureCodes() {}

    /** The 70 seizure codes (unmodifiable). */
    public static Set<String> seizureCodes() {
        return SEIZURES;
    }

    /** True for one of the 70 seizure codes (case-sensitive, as the reference). */
    public static boolean isSeizure(String code) {
        return SEIZURES.contains(code);
    }

    /** True for a seizure code or {@code bckg}. */
    public static boolean isKnown(String code) {
        return BACKGROUND.equals(code) || SEIZURES.contains(code);
    }

    /**
     * A known code that an unknown spelling most likely meant: hyphens instead of underscores
     * (the SzCORE website's {@code sz-foc}, {@code sz-gen-m-tonic_clonic}), other letter case or
     * surrounding blanks.
     */
    public static Optional<String> suggestionFor(String unknown) {
        String wanted = key(unknown);
        if (key(BACKGROUND).equals(wanted)) {
            return Optional.of(BACKGROUND);
        }
        return SEIZURES.stream().filter(c -> key(c).equals(wanted)).sorted().findFirst();
    }

    private static String key(String code) {
        return code.strip().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
