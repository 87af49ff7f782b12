package org.seizureforecast.adapter.rest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.seizureforecast.adapter.metrics.PipelineMetrics.Source;
import org.seizureforecast.adapter.runtime.Processing;
import org.seizureforecast.core.pipeline.BatchOutcome;
import org.seizureforecast.core.pipeline.Inbound;
import org.seizureforecast.core.pipeline.Rejected;
import org.seizureforecast.core.pipeline.WindowResult;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameCodec;
import org.seizureforecast.core.signal.FrameRejectedException;
import org.seizureforecast.core.signal.Rejection;
import org.seizureforecast.core.signal.StreamSpec;

/** REST ingest: the same processing as the Kafka consumer, with refusals as problem documents. */
@Path("/api/v1/patients/{id}/windows")
public class IngestResource {
    // NaN and Infinity are read so that they are refused as NON_FINITE_SAMPLE, not as bad JSON.
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final Processing processing;
    private final int maxFrameBytes;

    public IngestResource(Processing processing, StreamSpec spec) {
        this.processing = processing;
        this.maxFrameBytes = spec.maxFrameBytes();
    }

    /** What an accepted frame produced. */
    public record Accepted(String patientId, int windows, List<WindowResult> results) {}

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest one EEG frame (wire format v1 as application/octet-stream, or its JSON form)")
    @APIResponse(responseCode = "202", description = "accepted; windows completed by the frame are scored")
    @APIResponse(responseCode = "400", description = "undecodable frame (problem document)")
    @APIResponse(responseCode = "413", description = "frame larger than the configured maximum")
    @APIResponse(responseCode = "415", description = "neither application/octet-stream nor application/json")
    @APIResponse(
            responseCode = "422",
            description = "well-formed but invalid frame (problem document names the reason)")
    public Response ingest(
            @PathParam("id") String patientId, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        long arrivalNanos = System.nanoTime();
        Inbound<Void> in;
        try {
            in = Inbound.of(patientId, decode(contentType, body), null, arrivalNanos);
        } catch (FrameRejectedException e) {
            in = Inbound.failed(patientId, e, null, arrivalNanos);
        }
        BatchOutcome<Void> out = processing.process(List.of(in), Source.REST);
        if (!out.rejected().isEmpty()) {
            Rejected<Void> r = out.rejected().get(0);
            return rejection(r.reason(), r.message()).toResponse();
        }
        return Response.accepted(new Accepted(patientId, out.results().size(), out.results()))
                .build();
    }

    private EegFrame decode(String contentType, byte[] body) throws FrameRejectedException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body == null || body.length == 0) {
            throw new FrameRejectedException(Rejection.TRUNCATED, "empty request body");
        }
        if (body.length > maxFrameBytes) {
            throw new FrameRejectedException(
                    Rejection.OVERSIZE, "frame of " + body.length + " bytes exceeds the maximum of " + maxFrameBytes);
        }
        if (type.startsWith(MediaType.APPLICATION_OCTET_STREAM)) {
            return FrameCodec.decode(body, maxFrameBytes);
        }
        if (type.startsWith(MediaType.APPLICATION_JSON)) {
            try {
                return LENIENT.readValue(body, FrameJson.class).toFrame();
            } catch (IOException e) {
                throw new FrameRejectedException(Rejection.MALFORMED, "invalid JSON frame: " + e.getMessage());
            }
        }
        throw new FrameRejectedException(
                Rejection.UNSUPPORTED_MEDIA_TYPE,
                "content type '" + contentType
                        + "' is not supported; send application/octet-stream (wire format v1) or application/json");
    }

    static Problem rejection(Rejection reason, String message) {
        return new Problem(
                "urn:seizure-forecast:rejection:" + reason.name(),
                "Frame rejected: " + reason.name(),
                reason.httpStatus(),
                message,
                reason.name());
    }
}
