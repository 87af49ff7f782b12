package org.seizureforecast.tools.scoring;

/**
 * Hears about the progress of a dataset evaluation, so that an adapter can show progress and
 * print warnings (the core writes nothing itself). Called on the evaluating thread, in order.
 */
public interface EvaluationListener {

    /** A listener that ignores everything. */
    EvaluationListener NONE = new EvaluationListener() {};

    /** Discovery is done: {@code total} reference recordings will be scored. */
    default void recordingsFound(int total) {}

    /** Recording number {@code done} (1-based) of the total has been scored. */
    default void recordingScored(int done, String relativePath) {}

    /**
     * The hypothesis of a recording was unusable and an empty one was scored instead, as the
     * reference does; {@link HypothesisFallback#explanation()} is a one-line warning.
     */
    default void hypothesisReplaced(String relativePath, HypothesisFallback fallback) {}
}
