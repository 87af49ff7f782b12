package org.seizureforecast.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/score} with multipart uploads. */
@QuarkusTest
class ScoringResourceTest {
    private static final String HEADER =
            "onset\tduration\teventType\tconfidence\tchannels\tdateTime\trecordingDuration\n";
    private static final byte[] REFERENCE =
            (HEADER + "600.00\t40.00\tsz\tn/a\tn/a\t2024-03-18 09:00:00\t3600.00\n").getBytes(StandardCharsets.UTF_8);

    @Test
    void scoresOneRecordingFromTwoUploadedFiles() {
        byte[] hypothesis = (HEADER + "575.00\t10.00\tsz\t0.90\tn/a\tn/a\t3600.00\n"
                        + "2000.00\t20.00\tsz\t0.70\tn/a\tn/a\t3600.00\n")
                .getBytes(StandardCharsets.UTF_8);
        given().multiPart("reference", "ref.tsv", REFERENCE)
                .multiPart("hypothesis", "hyp.tsv", hypothesis)
                .when()
                .post("/api/v1/score")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("hypothesisPresent", equalTo(true))
                .body("hypothesisReplacedByEmpty", nullValue())
                .body("sample.tp", equalTo(0))
                .body("sample.fp", equalTo(30))
                .body("event.tp", equalTo(1))
                .body("event.fp", equalTo(1))
                .body("event.fpRate", equalTo(24.0f))
                .body("event.refEvents[0][1]", equalTo(640.0f));
    }

    @Test
    void missingHypothesisScoresAsNoDetectionsWithNullRatios() {
        given().multiPart("reference", "ref.tsv", REFERENCE)
                .queryParam("f1", "v0.0.6")
                .when()
                .post("/api/v1/score")
                .then()
                .statusCode(200)
                .body("hypothesisPresent", equalTo(false))
                .body("event.sensitivity", equalTo(0.0f))
                .body("event.precision", nullValue())
                .body("event.f1", nullValue());
    }

    @Test
    void badTsvIsAProblemNamingPartLineAndCode() {
        byte[] bad = (HEADER + "600.00\t40.00\tsz-gen-m-tonic_clonic\tn/a\tn/a\tn/a\t3600.00\n")
                .getBytes(StandardCharsets.UTF_8);
        given().multiPart("reference", "ref.tsv", REFERENCE)
                .multiPart("hypothesis", "hyp.tsv", bad)
                .when()
                .post("/api/v1/score")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:seizure-forecast:problem:invalid-annotation"))
                .body("title", equalTo("Invalid annotation file"))
                .body("status", equalTo(400))
                .body(
                        "detail",
                        containsString("hypothesis (hyp.tsv): line 2: unknown eventType" + " 'sz-gen-m-tonic_clonic'"));
    }

    @Test
    void missingReferenceIsAProblem() {
        given().multiPart("hypothesis", "hyp.tsv", REFERENCE)
                .when()
                .post("/api/v1/score")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'reference' is required"));
    }
}
