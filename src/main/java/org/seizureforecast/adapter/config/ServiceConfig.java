package org.seizureforecast.adapter.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Typed configuration of the service ({@code seizure.*}); mapped into core records at start-up by
 * {@link Pipelines}.
 */
@ConfigMapping(prefix = "seizure")
public interface ServiceConfig {

    Stream stream();

    Filter filter();

    /**
     * Overrides of the default alarm policy by field name, {@code seizure.alarm.<field-name>} (e.g.
     * {@code seizure.alarm.seizure-k=2}). The fields, their rules and defaults are not restated
     * here: they are {@code AlarmPolicy}'s own ({@link Pipelines#alarmPolicy}).
     */
    Map<String, String> alarm();

    Kafka kafka();

    History history();

    /**
     * Which detector scores windows: {@code onnx} (AT-AT + STAN, the default since the trained
     * models beat the baseline on held-out patients; models/README.md) or {@code baseline} (line length).
     */
    @WithDefault("onnx")
    String detector();

    Onnx onnx();

    /** Overrides of {@code StreamSpec.DEFAULT}, the one place the stream defaults are defined. */
    interface Stream {
        OptionalDouble windowSeconds();

        OptionalDouble hopSeconds();

        OptionalDouble minChunkSeconds();

        OptionalDouble maxChunkSeconds();

        OptionalInt maxFrameBytes();

        OptionalLong gapToleranceMillis();
    }

    interface Filter {
        /** Band-pass edges (Butterworth, {@code order} as in SciPy's butter: 4 gives 8 poles). */
        @WithDefault("0.5")
        double lowHz();

        @WithDefault("45.0")
        double highHz();

        @WithDefault("4")
        int order();
        /** Mains frequency to notch out: 60 (Americas), 50 (Europe), or 0 for none. */
        @WithDefault("60")
        double notchHz();

        @WithDefault("4")
        double notchWidthHz();

        @WithDefault("2")
        int notchOrder();
    }

    interface Kafka {
        /** Consumer group of the scoring loop. */
        @WithDefault("seizure-forecast")
        String groupId();

        @WithDefault("500")
        int maxPollRecords();
        /** Partitions of topics the service creates (embedded broker, or missing topics). */
        @WithDefault("3")
        int partitions();
        /** Where {@code serve} writes the embedded broker's address for {@code replay}. */
        Optional<String> addressFile();
    }

    interface Onnx {
        /** Directory holding manifest.json and the ONNX files (relative to the working directory). */
        @WithDefault("models")
        String modelsDir();
        /** ORT intra-op threads per session; 1 serves many patients best on small machines. */
        @WithDefault("1")
        int intraOpThreads();

        @WithDefault("false")
        boolean spinning();
        /** The STAN graph to serve: {@code stan} (shipped) or {@code stan_paper} (latency benchmark only). */
        @WithDefault("stan")
        String stanModel();
        /** Largest batch of windows per inference call (direct buffers are sized for it). */
        @WithDefault("8")
        int maxBatchWindows();
        /** Run AT-AT artifact removal before STAN. */
        @WithDefault("true")
        boolean artifactRemoval();
        /** AT-AT gate: correlation below which the transformer cleans an epoch; empty = the manifest's value. */
        OptionalDouble gateThreshold();
    }

    interface History {
        /** Hours of per-window scores kept per patient for REST and the dashboard. */
        @WithDefault("24")
        double scoreHours();
        /** Alarms kept per patient. */
        @WithDefault("1000")
        int alarmsPerPatient();
        /** Minutes of filtered EEG kept per patient for the dashboard's EEG page. */
        @WithDefault("10")
        double eegMinutes();
        /**
         * On start with an external broker, read {@code eeg.alarms} back so alarms and their
         * acknowledgements survive a restart (the embedded broker starts empty, so nothing to read).
         */
        @WithDefault("true")
        boolean restoreAlarms();
    }
}
