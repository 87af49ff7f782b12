package org.seizureforecast.adapter.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.seizureforecast.core.monitor.EegExcerpt;
import org.seizureforecast.core.monitor.EegHistory;

/** The recent filtered EEG of a patient, for reviewing the signal around an alarm. */
@Path("/api/v1/patients/{id}/eeg")
@Produces(MediaType.APPLICATION_JSON)
public class EegResource {
    static final long DEFAULT_SPAN_MICROS = 30_000_000L;
    static final long MAX_SPAN_MICROS = 300_000_000L;
    private static final long ABSENT = Long.MIN_VALUE;

    private final EegHistory history;

    public EegResource(EegHistory history) {
        this.history = history;
    }

    @GET
    @Operation(
            summary = "Filtered 18-channel EEG (256 Hz, µV) with each window's artifact flags, between two EEG"
                    + " times (ISO-8601 or epoch µs, to exclusive); one given: 30 s from it; none: the last 30 s held."
                    + " At most 300 s per request, from the last seizure.history.eeg-minutes held per patient")
    @APIResponse(responseCode = "200", description = "segments (gap-free runs, one row per channel) and windows")
    @APIResponse(responseCode = "400", description = "unreadable time, from not before to, or span over 300 s")
    @APIResponse(responseCode = "404", description = "no EEG held for the patient")
    public EegExcerpt eeg(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        long fromMicros = Times.parse("from", from, ABSENT);
        long toMicros = Times.parse("to", to, ABSENT);
        long heldTo = history.heldToMicros(id)
                .orElseThrow(() -> ProblemException.notFound("no EEG held for patient '" + id + "'"));
        if (fromMicros == ABSENT && toMicros == ABSENT) {
            toMicros = heldTo;
        }
        if (fromMicros == ABSENT) {
            fromMicros = Math.max(toMicros, Long.MIN_VALUE + 1 + DEFAULT_SPAN_MICROS) - DEFAULT_SPAN_MICROS;
        } else if (toMicros == ABSENT) {
            toMicros = Math.min(fromMicros, Long.MAX_VALUE - DEFAULT_SPAN_MICROS) + DEFAULT_SPAN_MICROS;
        }
        if (fromMicros >= toMicros) {
            throw ProblemException.badRequest("'from' (" + fromMicros + ") must be before 'to' (" + toMicros + ")");
        }
        double span = (double) toMicros - fromMicros; // no overflow for extreme values
        if (span > MAX_SPAN_MICROS) {
            throw ProblemException.badRequest("span of " + span / 1e6 + " s exceeds the maximum of "
                    + MAX_SPAN_MICROS / 1_000_000 + " s per request");
        }
        return history.excerpt(id, fromMicros, toMicros)
                .orElseThrow(() -> ProblemException.notFound("no EEG held for patient '" + id + "'"));
    }
}
