package org.seizureforecast.tools.sim;

/** How a simulated seizure starts and spreads, and the SzCORE event type it is annotated with. */
public enum SeizureKind {
    /** Starts at one electrode and spreads to its neighbours. */
    FOCAL("sz_foc"),
    /** Starts focally and becomes bilateral part-way through. */
    FOCAL_TO_BILATERAL("sz_foc_f2b"),
    /** Bilateral from the start, frontal predominance, slower discharge. */
    GENERALISED("sz_gen");

    private final String eventType;

    SeizureKind(String eventType) {
        this.eventType = eventType;
    }

    /** The SzCORE/HED-SCORE eventType code (szcore-spec.md §2). */
    public String eventType() {
        return eventType;
    }
}
