package org.seizureforecast.adapter.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.seizureforecast.core.alarm.AlarmPolicy;

/**
 * A patient's settings as REST shows them: the detector that scores the patient ({@code baseline}
 * or {@code onnx}) and the alarm policy's own fields, flat beside it (docs/alarms.md explains each).
 * A {@code PUT} takes any subset of the same fields.
 */
public record PatientPolicy(String detector, @JsonUnwrapped AlarmPolicy policy) {}
