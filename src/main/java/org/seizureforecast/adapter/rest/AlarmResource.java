package org.seizureforecast.adapter.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.seizureforecast.adapter.runtime.Processing;
import org.seizureforecast.core.alarm.Acknowledgement;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.monitor.PatientMonitor;

/** Alarm history and acknowledgement. */
@Path("/api/v1/alarms")
@Produces(MediaType.APPLICATION_JSON)
public class AlarmResource {
    private final PatientMonitor monitor;
    private final Processing processing;

    public AlarmResource(PatientMonitor monitor, Processing processing) {
        this.monitor = monitor;
        this.processing = processing;
    }

    /** The body of an acknowledgement. */
    public record AckRequest(String by, String note) {}

    @GET
    @Operation(summary = "Alarm history, newest first; since/until are ISO-8601 or epoch µs (EEG time of onset)")
    public List<Alarm> alarms(
            @QueryParam("patient") String patient,
            @QueryParam("since") String since,
            @QueryParam("until") String until) {
        return monitor.alarms(
                patient, Times.parse("since", since, Long.MIN_VALUE), Times.parse("until", until, Long.MAX_VALUE));
    }

    @GET
    @Path("/{alarmId}")
    @Operation(summary = "One alarm with its audit trail")
    public Alarm alarm(@PathParam("alarmId") String alarmId) {
        return monitor.alarm(alarmId).orElseThrow(() -> ProblemException.notFound("no alarm '" + alarmId + "'"));
    }

    @POST
    @Path("/{alarmId}/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge an alarm with {by, note}; recorded in its audit trail")
    public Alarm acknowledge(@PathParam("alarmId") String alarmId, AckRequest request) {
        if (request == null || request.by() == null || request.by().isBlank()) {
            throw ProblemException.badRequest("'by' (who acknowledges) is required");
        }
        Acknowledgement ack = new Acknowledgement(request.by(), System.currentTimeMillis() * 1000, request.note());
        return processing
                .acknowledge(alarmId, ack)
                .orElseThrow(() -> ProblemException.notFound("no alarm '" + alarmId + "'"));
    }
}
