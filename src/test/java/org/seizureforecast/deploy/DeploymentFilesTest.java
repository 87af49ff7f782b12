package org.seizureforecast.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docker-compose.yml, the Dockerfile and the k8s manifests cannot be started here (no Docker
 * engine); this checks that they parse and that everything they reference exists.
 */
class DeploymentFilesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void composeParsesAndEveryReferencedFileExists() throws IOException {
        JsonNode compose = YAML.readTree(Path.of("docker-compose.yml").toFile());
        JsonNode services = compose.get("services");
        assertThat(services.has("kafka")).isTrue();
        JsonNode app = services.get("seizure-forecast");
        Path context = Path.of(app.get("build").get("context").asText());
        assertThat(context.resolve(app.get("build").get("dockerfile").asText())).isRegularFile();
        assertThat(app.get("depends_on").has("kafka")).isTrue();
        String bootstrap = app.get("environment").get("KAFKA_BOOTSTRAP_SERVERS").asText();
        assertThat(bootstrap).startsWith("kafka:");
        for (Iterator<Map.Entry<String, JsonNode>> it = services.properties().iterator(); it.hasNext(); ) {
            JsonNode volumes = it.next().getValue().get("volumes");
            if (volumes != null) {
                for (JsonNode v : volumes) {
                    assertThat(Path.of(v.asText().split(":")[0]))
                            .as("volume source")
                            .exists();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/Dockerfile", "deploy/szcore/Dockerfile"})
    void dockerfileCopiesOnlyPathsThatExist(String dockerfile) throws IOException {
        List<String> sources = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^COPY (?!--from)(.+) \\S+$").matcher(Files.readString(Path.of(dockerfile)));
        while (m.find()) {
            sources.addAll(List.of(m.group(1).trim().split("\\s+")));
        }
        assertThat(sources).isNotEmpty().allSatisfy(s -> assertThat(Path.of(s)).exists());
    }

    @Test
    void szcoreImageFollowsTheChallengeContract() throws IOException {
        String d = Files.readString(Path.of("deploy/szcore/Dockerfile"));
        assertThat(d)
                .contains("VOLUME [\"/data\"]")
                .contains("VOLUME [\"/output\"]")
                .contains("INPUT=\"\"")
                .contains("OUTPUT=\"\"")
                .contains("detect \\\"/data/$INPUT\\\" \\\"/output/$OUTPUT\\\"");
    }

    @Test
    void kubernetesManifestsParseAndProbeTheHealthEndpoints() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        List<JsonNode> docs = new ArrayList<>();
        try (var files = Files.list(Path.of("k8s"))) {
            for (Path f : files.toList()) {
                docs.addAll(yaml.readValues(yaml.createParser(f.toFile()), JsonNode.class)
                        .readAll());
            }
        }
        JsonNode deployment = docs.stream()
                .filter(d -> "Deployment".equals(d.path("kind").asText()))
                .findFirst()
                .orElseThrow();
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        String configMap = container.at("/envFrom/0/configMapRef/name").asText();
        assertThat(docs).anySatisfy(d -> {
            assertThat(d.path("kind").asText()).isEqualTo("ConfigMap");
            assertThat(d.at("/metadata/name").asText()).isEqualTo(configMap);
        });
    }
}
