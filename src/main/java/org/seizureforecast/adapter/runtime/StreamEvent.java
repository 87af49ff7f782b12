package org.seizureforecast.adapter.runtime;

/**
 * One server-sent event: a window score or an alarm update of a patient.
 *
 * @param type {@code score} or {@code alarm} (the SSE event name)
 * @param data the {@code WindowResult} or {@code Alarm}, serialised as JSON
 */
public record StreamEvent(String type, String patientId, Object data) {}
