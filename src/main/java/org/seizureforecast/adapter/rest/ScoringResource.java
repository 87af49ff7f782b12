package org.seizureforecast.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.seizureforecast.tools.scoring.AnnotationFile;
import org.seizureforecast.tools.scoring.AnnotationReader;
import org.seizureforecast.tools.scoring.F1Version;
import org.seizureforecast.tools.scoring.InvalidAnnotationException;
import org.seizureforecast.tools.scoring.RecordingEvaluator;
import org.seizureforecast.tools.scoring.ScoreReport;

/**
 * {@code POST /api/v1/score}: SzCORE scores of one recording from two uploaded annotation TSVs.
 * A thin shell over {@link RecordingEvaluator}; the JSON is written here with our own mapper so
 * that undefined metrics stay explicit {@code null}s whatever the global Jackson settings.
 */
@Path("/api/v1/score")
@Tag(name = "scoring", description = "SzCORE seizure-detection scoring")
public class ScoringResource {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, PROBLEM_JSON})
    @Operation(
            summary = "Score one recording (SzCORE)",
            description = "multipart/form-data with file"
                    + " parts `reference` (required) and `hypothesis` (optional; absent = no detections),"
                    + " each an SzCORE annotation TSV (onset, duration, eventType, confidence, channels,"
                    + " dateTime, recordingDuration). Returns the official sample- and event-based results"
                    + " of szcore-evaluation for that recording, with counts; undefined ratios are null."
                    + " Example: curl -F reference=@ref.tsv -F hypothesis=@hyp.tsv .../api/v1/score")
    @APIResponse(
            responseCode = "200",
            description = "recordingDuration, hypothesisPresent,"
                    + " hypothesisReplacedByEmpty (null or {stage, message, explanation}), sample and event"
                    + " blocks (tp, fp, fn, refTrue, numSamples, fs, sensitivity, precision, f1, fpRate;"
                    + " event adds refEvents and hypEvents after merge/split)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(
            responseCode = "400",
            description = "a missing part, an unreadable TSV or an"
                    + " unknown f1 version: RFC 9457 problem (type, title, status, detail); detail names"
                    + " the part, line and problem",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    public Response score(
            @RestForm("reference") @Schema(type = SchemaType.STRING, format = "binary") FileUpload reference,
            @RestForm("hypothesis") @Schema(type = SchemaType.STRING, format = "binary") FileUpload hypothesis,
            @RestQuery("f1") @Parameter(description = "F1 formula: v0.0.7 (default) or v0.0.6") String f1) {
        if (reference == null) {
            return problem(
                    "missing-part",
                    "Missing reference",
                    "multipart file part 'reference' is required (curl -F reference=@ref.tsv)");
        }
        try {
            F1Version version = f1 == null ? F1Version.V0_0_7 : F1Version.parse(f1);
            AnnotationFile ref = read("reference", reference);
            AnnotationFile hyp = hypothesis == null ? null : read("hypothesis", hypothesis);
            Map<String, Object> body = ScoreReport.recording(RecordingEvaluator.evaluate(ref, hyp), version);
            return Response.ok(JSON.writeValueAsString(body), MediaType.APPLICATION_JSON)
                    .build();
        } catch (InvalidAnnotationException e) {
            return problem("invalid-annotation", "Invalid annotation file", e.getMessage());
        } catch (IllegalArgumentException e) {
            return problem("bad-parameter", "Bad parameter", "f1: " + e.getMessage());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write score JSON", e);
        }
    }

    private static AnnotationFile read(String part, FileUpload upload) {
        String name =
                upload.fileName() == null || upload.fileName().isBlank() ? part : part + " (" + upload.fileName() + ")";
        try {
            return AnnotationReader.parse(name, Files.readAllBytes(upload.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read uploaded " + part, e);
        }
    }

    private static Response problem(String type, String title, String detail) {
        Problem problem = new Problem("urn:seizure-forecast:problem:" + type, title, 400, detail);
        try {
            return Response.status(400)
                    .type(PROBLEM_JSON)
                    .entity(JSON.writeValueAsString(problem))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write problem JSON", e);
        }
    }

    /** RFC 9457 problem details, as documented in the OpenAPI description. */
    public record Problem(String type, String title, int status, String detail) {}
}
