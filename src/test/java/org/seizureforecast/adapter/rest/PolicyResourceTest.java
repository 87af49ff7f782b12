package org.seizureforecast.adapter.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.seizureforecast.adapter.KafkaTestResource;

/** Per-patient settings over REST: partial updates, validation, the detector choice. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class PolicyResourceTest {

    @Test
    void partialUpdateKeepsOtherFieldsAndSwitchesTheDetector() {
        JsonPath before = given().get("/api/v1/patients/{id}/policy", "policy-a")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String other = "baseline".equals(before.getString("detector")) ? "onnx" : "baseline";
        JsonPath after = given().contentType("application/json")
                .body("{\"seizureThreshold\": 0.7, \"detector\": \"" + other + "\"}")
                .put("/api/v1/patients/{id}/policy", "policy-a")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(after.getDouble("seizureThreshold")).isEqualTo(0.7);
        assertThat(after.getString("detector")).isEqualTo(other);
        assertThat(after.getDouble("forecastRefractorySeconds"))
                .isEqualTo(before.getDouble("forecastRefractorySeconds"));
        assertThat(given().get("/api/v1/patients/{id}/policy", "policy-b")
                        .jsonPath()
                        .getString("detector"))
                .as("other patients keep the default")
                .isEqualTo(before.getString("detector"));
    }

    @Test
    void thePolicyDocumentIsFlatWithTheDetectorFirst() {
        String body = given().get("/api/v1/patients/{id}/policy", "policy-shape")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String detector = JsonPath.from(body).getString("detector");
        assertThat(body)
                .isEqualTo("{\"detector\":\"" + detector + "\",\"forecastThreshold\":0.5,"
                        + "\"forecastSmoothingSeconds\":300.0,\"forecastRefractorySeconds\":1800.0,"
                        + "\"forecastMinCoverage\":0.5,\"seizureThreshold\":0.5,\"seizureSmoothingWindows\":2,"
                        + "\"seizureK\":3,\"seizureN\":4,\"seizureEndWindows\":2,\"maxArtifactFraction\":0.8}");
    }

    @Test
    void badValuesAnswer422NamingTheFieldAndChangeNothing() {
        var r = given().contentType("application/json")
                .body("{\"seizureK\": 5, \"seizureN\": 3}")
                .put("/api/v1/patients/{id}/policy", "policy-c");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("detail")).contains("seizureK");
        var d = given().contentType("application/json")
                .body("{\"detector\": \"magic\", \"seizureThreshold\": 0.9}")
                .put("/api/v1/patients/{id}/policy", "policy-c");
        assertThat(d.statusCode()).isEqualTo(422);
        assertThat(d.jsonPath().getString("detail")).contains("detector 'magic'");
        assertThat(given().get("/api/v1/patients/{id}/policy", "policy-c")
                        .jsonPath()
                        .getDouble("seizureThreshold"))
                .isEqualTo(0.5);
    }
}
