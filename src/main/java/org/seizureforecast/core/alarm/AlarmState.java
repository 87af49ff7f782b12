package org.seizureforecast.core.alarm;

/** Lifecycle of an alarm's event; acknowledgement is tracked separately (see {@link Acknowledgement}). */
public enum AlarmState {
    /** Raised; for SEIZURE the event is still going on. */
    ACTIVE,
    /** The event is over: a SEIZURE alarm has its end time. */
    ENDED
}
