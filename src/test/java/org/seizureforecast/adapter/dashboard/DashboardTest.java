package org.seizureforecast.adapter.dashboard;

import static io.restassured.RestAssured.given;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.seizureforecast.adapter.KafkaTestResource;
import org.seizureforecast.adapter.Recordings;
import org.seizureforecast.adapter.TestKafka;
import org.seizureforecast.adapter.kafka.Topics;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameCodec;

/**
 * Acceptance of the dashboard (issue 6) in headless Chromium against the running service, with
 * the real CHB-MIT chb01_03 excerpts replayed through Kafka or REST: the ward follows the patient
 * live, the alarm appears and is acknowledged by keyboard into the audit trail, the patient view
 * draws the EEG around the alarm, the policy editor shows the service's validation errors, and
 * the page catches up after a network outage. Also the EEG endpoint's answers to bad parameters.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class DashboardTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void wardFollowsAReplayedRecordingLiveAndItsAlarmIsAcknowledgedAndReviewed() throws Exception {
        String patient = "dash-accept";
        List<EegFrame> interictal = Recordings.frames(Recordings.INTERICTAL, patient, 1.0);
        List<EegFrame> seizure = Recordings.frames(Recordings.SEIZURE, patient, 1.0);
        try (Browser b = Browser.open(1920, 1080);
                KafkaProducer<String, byte[]> kafka = TestKafka.producer()) {
            b.driver.get(root.toString());
            awaitLive(b);
            b.js("window.sameDocument = true");

            send(kafka, interictal.subList(0, 20));
            b.await(
                    "a ward row for " + patient,
                    ofSeconds(30),
                    () -> !b.all(row(patient)).isEmpty());
            int before = windows(b, patient);
            send(kafka, interictal.subList(20, interictal.size()));
            b.await("all 15 interictal windows", ofSeconds(30), () -> windows(b, patient) == 15);
            assertThat(before)
                    .as("windows shown before the second half arrived")
                    .isLessThan(15);
            assertThat(b.js("return window.sameDocument === true"))
                    .as("updated without a reload")
                    .isEqualTo(true);
            assertThat(b.text(row(patient) + " .c-risk .num-xl")).matches("\\d{1,3}");

            send(kafka, seizure);
            String card = "#queue li[data-kind='SEIZURE']";
            b.await(
                    "a SEIZURE alarm for " + patient + " in the queue",
                    ofSeconds(30),
                    () -> b.all(card).stream().anyMatch(li -> li.getText().contains(patient)));
            String alarmId = Browser.fresh(() -> b.all(card).stream()
                    .filter(li -> li.getText().contains(patient))
                    .findFirst()
                    .orElseThrow()
                    .getDomAttribute("data-alarm-id"));
            b.await(
                    "the row flagged SEIZURE",
                    ofSeconds(10),
                    () -> "seizure".equals(b.attr(row(patient), "data-attention")));
            assertAttentionOrder(b);

            acknowledgeByKeyboard(b, alarmId, "Dr Keyboard", "Rhythmic right temporal activity; nurse at bedside");
            String trail = "#acked li[data-alarm-id='" + alarmId + "'] .audit-trail";
            b.await(
                    "the audit trail of the acknowledged alarm",
                    ofSeconds(10),
                    () -> !b.all(trail).isEmpty() && b.text(trail).contains("Dr Keyboard"));
            assertThat(b.text(trail)).contains("Rhythmic right temporal activity; nurse at bedside");
            assertThat(b.all("#queue li[data-alarm-id='" + alarmId + "']")).isEmpty();
            JsonPath acked = given().get("/api/v1/alarms/{id}", alarmId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(acked.getString("acknowledgements[0].by")).isEqualTo("Dr Keyboard");
            b.screenshot(Browser.screenshotDir().resolve("acceptance-ward.png"));

            b.find(row(patient) + " .patient-link").click();
            b.await(
                    "the risk chart's history",
                    ofSeconds(15),
                    () -> b.find("#patient-view").isDisplayed()
                            && Integer.parseInt(attrOr(b, ".risk-panel", "data-points", "0")) >= 30);
            String patientCard = "#patient-view li[data-alarm-id='" + alarmId + "']";
            b.await(
                    "the alarm with its audit trail in the patient view",
                    ofSeconds(10),
                    () -> !b.all(patientCard + " .audit-trail").isEmpty());
            b.find(patientCard + " a.btn-quiet").click(); // Review EEG
            b.await(
                    "the EEG around the alarm",
                    ofSeconds(20),
                    () -> "drawn".equals(b.attr("#eeg-panel", "data-state")));

            long onset = acked.getLong("onsetMicros");
            JsonPath eeg = given().queryParam("from", onset - 30_000_000L)
                    .queryParam("to", onset + 30_000_000L)
                    .get("/api/v1/patients/{id}/eeg", patient)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            int held = eeg.getList("segments").size() == 0
                    ? 0
                    : eeg.getList("segments[0].samples[0]").size();
            assertThat(held).as("samples around the alarm held by the service").isGreaterThan(20 * 256);
            assertThat(b.attr("#eeg-panel", "data-samples")).isEqualTo(String.valueOf(held));
            assertThat(b.attr("#eeg-panel", "data-channels")).isEqualTo("18");
            List<String> top = acked.getList("explanation.topChannels.channel");
            assertThat(top).isNotEmpty();
            assertThat(b.attr("#eeg-panel", "data-top")).isEqualTo(String.join(",", top));
            assertThat(paintedPixels(b, "#eeg-panel .eeg-plot canvas"))
                    .as("EEG traces painted")
                    .isGreaterThan(20_000);
            assertThat(paintedPixels(b, "#eeg-panel .ll-plot-box canvas"))
                    .as("line-length trend painted")
                    .isGreaterThan(2_000);
            // The opening view depends on where the detector put the onset within the held EEG;
            // "forward" must move the 10 s view later by up to 10 s.
            String opening = b.text(".eeg-status");
            b.find("[data-eeg=forward]").click();
            b.await(
                    "the EEG view moved forward",
                    ofSeconds(5),
                    () -> !b.text(".eeg-status").equals(opening));
            assertThat(viewStart(b.text(".eeg-status"))).isGreaterThan(viewStart(opening));
            assertThat(b.text(".eeg-status")).matches("-?[\\d.]+ s to -?[\\d.]+ s around SEIZURE onset .*");
            b.screenshot(Browser.screenshotDir().resolve("acceptance-patient.png"));
            assertThat(b.js("return window.sameDocument === true")).isEqualTo(true);
        }
    }

    @Test
    void policyEditorSavesChangesAndShowsTheServicesValidationError() throws Exception {
        String patient = "dash-policy";
        postFrames(Recordings.frames(Recordings.INTERICTAL, patient, 1.0).subList(0, 10));
        try (Browser b = Browser.open(1920, 1080)) {
            b.driver.get(root + "#/patient/" + patient);
            b.await(
                    "the policy form filled in",
                    ofSeconds(20),
                    () -> "3".equals(b.find("#policy-seizureK").getDomProperty("value")));

            replace(b, "#policy-seizureK", "5"); // more hits than windows (n = 4): the service refuses
            b.find("#policy-form button[type=submit]").click();
            b.await(
                    "the service's validation error",
                    ofSeconds(10),
                    () -> b.find("#policy-form .form-message").isDisplayed());
            assertThat(b.text("#policy-form .form-message")).contains("seizureK must be in [1, seizureN]");
            assertThat(b.attr("#policy-seizureK", "aria-invalid")).isEqualTo("true");
            assertThat(b.text("#policy-seizureK-error")).contains("seizureK must be in [1, seizureN]");
            assertThat(given().get("/api/v1/patients/{id}/policy", patient)
                            .jsonPath()
                            .getInt("seizureK"))
                    .isEqualTo(3);

            replace(b, "#policy-seizureN", "5");
            replace(b, "#policy-seizureK", "4");
            b.find("#policy-form button[type=submit]").click();
            b.await(
                    "the saved confirmation",
                    ofSeconds(10),
                    () -> b.text("#policy-form .form-message").startsWith("Saved"));
            JsonPath saved =
                    given().get("/api/v1/patients/{id}/policy", patient).jsonPath();
            assertThat(saved.getInt("seizureK")).isEqualTo(4);
            assertThat(saved.getInt("seizureN")).isEqualTo(5);

            replace(b, "#policy-seizureEndWindows", "1.5");
            b.find("#policy-form button[type=submit]").click();
            assertThat(b.text("#policy-seizureEndWindows-error")).isEqualTo("Enter a whole number.");
        }
    }

    @Test
    void pageCatchesUpOverRestAfterTheEventStreamWasCut() throws Exception {
        String patient = "dash-outage";
        List<EegFrame> frames = Recordings.frames(Recordings.INTERICTAL, patient, 1.0);
        try (CuttableProxy proxy = new CuttableProxy(root.getPort());
                Browser b = Browser.open(1280, 800)) {
            b.driver.get("http://127.0.0.1:" + proxy.port() + "/");
            awaitLive(b);
            b.js("window.sameDocument = true");
            postFrames(frames.subList(0, 15));
            b.await(
                    "windows before the outage",
                    ofSeconds(20),
                    () -> !b.all(row(patient)).isEmpty() && windows(b, patient) == 5);

            proxy.cut();
            b.await("the page noticing the outage", ofSeconds(10), () -> !"live".equals(b.attr("#conn", "data-state")));
            postFrames(
                    frames.subList(15, frames.size())); // scored while the page is cut off: these events never reach it
            assertThat(windows(b, patient)).isEqualTo(5);

            proxy.restore();
            b.await(
                    "reconnection and catch-up from REST",
                    ofSeconds(30),
                    () -> "live".equals(b.attr("#conn", "data-state")) && windows(b, patient) == 15);
            assertThat(((Number) b.js("return dashboard.stats.resyncs")).intValue())
                    .isGreaterThanOrEqualTo(2);
            assertThat(b.js("return window.sameDocument === true")).isEqualTo(true);
        }
    }

    @Test
    void eegEndpointServesTheHeldEegAndAnswersProblemsForBadParameters() throws Exception {
        String patient = "dash-eeg";
        postFrames(Recordings.frames(Recordings.INTERICTAL, patient, 2.0));

        JsonPath last30 = given().get("/api/v1/patients/{id}/eeg", patient)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
        assertThat(last30.getDouble("sampleRate")).isEqualTo(256.0);
        assertThat(last30.getList("channels")).hasSize(18).startsWith("FP1-F7");
        assertThat(last30.getList("segments")).hasSize(1);
        assertThat(last30.getList("segments[0].samples")).hasSize(18);
        assertThat(last30.getList("segments[0].samples[0]")).hasSize(30 * 256);
        assertThat(last30.getLong("toMicros") - last30.getLong("fromMicros")).isEqualTo(30_000_000L);
        assertThat(last30.getLong("toMicros")).isEqualTo(last30.getLong("heldToMicros"));
        assertThat(last30.getList("windows")).isNotEmpty();
        assertThat(last30.getList("windows[0].missingChannels")).isEmpty();

        long start = last30.getLong("heldFromMicros");
        String iso = Instant.ofEpochSecond(start / 1_000_000, (start % 1_000_000) * 1000)
                .toString();
        JsonPath first5 = given().queryParam("from", iso)
                .queryParam("to", start + 5_000_000L)
                .get("/api/v1/patients/{id}/eeg", patient)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(first5.getList("segments[0].samples[0]")).hasSize(5 * 256);
        assertThat(first5.getLong("segments[0].startMicros")).isEqualTo(start);

        problem(given().queryParam("from", "yesterday"), patient, 400, "'from' must be an ISO-8601 instant");
        problem(
                given().queryParam("from", start).queryParam("to", start),
                patient,
                400,
                "'from' (" + start + ") must be before 'to'");
        problem(
                given().queryParam("from", start).queryParam("to", start + 301_000_000L),
                patient,
                400,
                "exceeds the maximum of 300 s");
        problem(given(), "nobody-here", 404, "no EEG held for patient 'nobody-here'");
    }

    private static void problem(RequestSpecification request, String patient, int status, String detail) {
        JsonPath body = request.get("/api/v1/patients/{id}/eeg", patient)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        assertThat(body.getInt("status")).isEqualTo(status);
        assertThat(body.getString("detail")).contains(detail);
    }

    private static void acknowledgeByKeyboard(Browser b, String alarmId, String by, String note) {
        WebElement button = b.find("#queue li[data-alarm-id='" + alarmId + "'] .btn-ack");
        b.js("arguments[0].focus()", button);
        new Actions(b.driver).sendKeys(Keys.ENTER).perform();
        b.await("the acknowledgement dialog", ofSeconds(5), () -> b.attr("#ack-dialog", "open") != null);
        assertThat(b.js("return document.activeElement.id")).isEqualTo("ack-by");
        b.js("localStorage.removeItem('ack.by')");
        // name, Tab to the note, Tab to the Acknowledge button, Space presses it
        new Actions(b.driver)
                .sendKeys(by)
                .sendKeys(Keys.TAB)
                .sendKeys(note)
                .sendKeys(Keys.TAB)
                .sendKeys(Keys.SPACE)
                .perform();
        b.await("the dialog to close", ofSeconds(10), () -> b.attr("#ack-dialog", "open") == null);
    }

    /** Rows above a row never need less attention than it: seizure, alarm, warning, stale, ok. */
    private static void assertAttentionOrder(Browser b) {
        List<String> order = List.of("seizure", "alarm", "warning", "stale", "ok");
        // one snapshot of the rows, read in the page, so a re-sort cannot interleave with the read
        @SuppressWarnings("unchecked")
        List<String> attention = (List<String>) b.js(
                "return [...document.querySelectorAll('#ward-rows tr')].map(tr => tr.getAttribute('data-attention'))");
        List<Integer> ranks = attention.stream().map(order::indexOf).toList();
        assertThat(ranks).as("attention ranks from the top").isSorted();
    }

    static void awaitLive(Browser b) {
        b.await("the event stream to connect", ofSeconds(30), () -> "live".equals(b.attr("#conn", "data-state")));
    }

    static String row(String patient) {
        return "#ward-rows tr[data-patient-id='" + patient + "']";
    }

    static int windows(Browser b, String patient) {
        List<WebElement> rows = b.all(row(patient));
        return rows.isEmpty() ? 0 : Integer.parseInt(rows.get(0).getDomAttribute("data-windows"));
    }

    private static String attrOr(Browser b, String css, String attr, String absent) {
        List<WebElement> found = b.all(css);
        String v = found.isEmpty() ? null : found.get(0).getDomAttribute(attr);
        return v == null ? absent : v;
    }

    /** Pixels a canvas has painted (alpha > 0): proof that the chart drew, not only that it exists. */
    static long paintedPixels(Browser b, String canvas) {
        return ((Number) b.js("""
                const c = document.querySelector(arguments[0]);
                const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                let n = 0;
                for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
                return n;""", canvas)).longValue();
    }

    private static void replace(Browser b, String css, String value) {
        WebElement input = b.find(css);
        input.clear();
        input.sendKeys(value);
    }

    static void send(KafkaProducer<String, byte[]> kafka, List<EegFrame> frames) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (EegFrame f : frames) {
            sent.add(kafka.send(new ProducerRecord<>(Topics.WINDOWS, f.patientId(), FrameCodec.encode(f))));
        }
        TestKafka.awaitAcks(sent);
    }

    static void postFrames(List<EegFrame> frames) {
        for (EegFrame f : frames) {
            given().contentType("application/octet-stream")
                    .body(FrameCodec.encode(f))
                    .post("/api/v1/patients/{id}/windows", f.patientId())
                    .then()
                    .statusCode(202);
        }
    }

    /** The first number of an EEG status line such as "-5 s to 5 s around SEIZURE onset ...". */
    private static double viewStart(String status) {
        Matcher m = Pattern.compile("^(-?[\\d.]+) s to").matcher(status);
        assertThat(m.find()).as("EEG status %s", status).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
