package org.seizureforecast.tools.sim;

/**
 * Something that adds to the electrode potentials over a span of samples: a blink, a muscle
 * burst, a spike, a spindle, a seizure... Rendering goes forward in time block by block; an
 * event may keep state between blocks (its own noise generator, filter state).
 */
interface SourceEvent {
    /** First sample (from the patient's recording start). */
    long start();

    /** Sample after the last. */
    long end();

    /**
     * Adds the event to {@code sources[electrode][i]} for samples {@code from + i}, i in 0..n,
     * that fall in the event's span.
     */
    void render(long from, int n, double[][] sources);
}
