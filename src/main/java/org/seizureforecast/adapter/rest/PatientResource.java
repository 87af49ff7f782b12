package org.seizureforecast.adapter.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.seizureforecast.adapter.runtime.Processing;
import org.seizureforecast.core.alarm.AlarmPolicy;
import org.seizureforecast.core.inference.ModelInfo;
import org.seizureforecast.core.monitor.PatientMonitor;
import org.seizureforecast.core.monitor.PatientStatus;
import org.seizureforecast.core.monitor.ScorePoint;

/** Patients seen, their status, score history and alarm policy. */
@Path("/api/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
public class PatientResource {
    private final PatientMonitor monitor;
    private final Processing processing;

    public PatientResource(PatientMonitor monitor, Processing processing) {
        this.monitor = monitor;
        this.processing = processing;
    }

    /** A patient's status with the policy, detector and models in force. */
    public record PatientView(PatientStatus status, PatientPolicy policy, List<ModelInfo> models) {}

    @GET
    @Operation(summary = "Patients seen, each with its latest status")
    public List<PatientStatus> patients() {
        return monitor.patients();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One patient's status: last window, probabilities, smoothed risk, alarm state, policy, models")
    public PatientView patient(@PathParam("id") String id) {
        PatientStatus status = monitor.patient(id)
                .orElseThrow(() -> ProblemException.notFound("no data seen for patient '" + id + "'"));
        Processing.PatientSettings settings = processing.settings(id);
        return new PatientView(status, new PatientPolicy(settings.detector(), settings.policy()), settings.models());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Score history between two times (ISO-8601 or epoch µs; default: the last 24 h of EEG time)")
    public List<ScorePoint> history(
            @PathParam("id") String id,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("maxPoints") Integer maxPoints) {
        PatientStatus status = monitor.patient(id)
                .orElseThrow(() -> ProblemException.notFound("no data seen for patient '" + id + "'"));
        long end = status.latest() == null ? Long.MAX_VALUE : status.latest().endMicros();
        long toMicros = Times.parse("to", to, end);
        long fromMicros =
                Times.parse("from", from, toMicros == Long.MAX_VALUE ? Long.MIN_VALUE : toMicros - 86_400_000_000L);
        return monitor.history(id, fromMicros, toMicros, maxPoints == null ? 2000 : maxPoints);
    }

    @GET
    @Path("/{id}/policy")
    @Operation(summary = "The patient's detector and alarm policy")
    public PatientPolicy policy(@PathParam("id") String id) {
        Processing.PatientSettings settings = processing.settings(id);
        return new PatientPolicy(settings.detector(), settings.policy());
    }

    @PUT
    @Path("/{id}/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change the patient's alarm policy (threshold, smoothing span, refractory time, ...) and"
                    + " detector (baseline or onnx); absent fields are kept")
    @RequestBody(content = @Content(schema = @Schema(implementation = PatientPolicy.class)))
    public PatientPolicy setPolicy(@PathParam("id") String id, Map<String, Object> update) {
        if (update == null) {
            throw ProblemException.badRequest("request body must be a JSON object with policy fields");
        }
        Object detector = update.get("detector");
        if (detector != null && !(detector instanceof String)) {
            throw new IllegalArgumentException("detector must be a name, was " + detector);
        }
        // Fields that are not policy fields are ignored, as before the policy had one definition.
        Map<String, Object> changes = new HashMap<>(update);
        changes.keySet().retainAll(AlarmPolicy.fieldNames());
        Processing.PatientSettings settings = processing.updateSettings(id, changes, (String) detector);
        return new PatientPolicy(settings.detector(), settings.policy());
    }
}
