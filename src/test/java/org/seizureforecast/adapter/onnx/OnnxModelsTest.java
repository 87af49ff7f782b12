package org.seizureforecast.adapter.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up verification: a model that is not what the manifest says never runs. */
class OnnxModelsTest {
    @TempDir
    Path dir;

    private Path copyServingModels() throws IOException {
        Files.copy(OnnxGoldenTest.MODELS.resolve(Manifest.FILE_NAME), dir.resolve(Manifest.FILE_NAME));
        for (String f : new String[] {"stan.onnx", "atat_ae.onnx", "atat_transformer.onnx"}) {
            Files.copy(OnnxGoldenTest.MODELS.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    @Test
    void opensAndVerifiesTheServingModels() throws IOException {
        try (OnnxModels models = OnnxModels.open(copyServingModels(), OnnxOptions.DEFAULT)) {
            assertThat(models.spec("stan").info().sha256()).hasSize(64);
            assertThat(models.session("atat_ae").getInputNames()).containsExactly("x");
        }
    }

    @Test
    void refusesACorruptedModelFileNamingIt() throws IOException {
        Path stan = copyServingModels().resolve("stan.onnx");
        byte[] bytes = Files.readAllBytes(stan);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(stan, bytes);
        assertThatThrownBy(() -> OnnxModels.open(dir, OnnxOptions.DEFAULT))
                .isInstanceOf(ModelRejectedException.class)
                .hasMessageContaining(stan.toString())
                .hasMessageContaining("sha256");
    }

    @Test
    void refusesAManifestShapeThatTheGraphDoesNotHave() throws IOException {
        editStanOutput(0, o -> ((ArrayNode) o.get("shape")).set(1, 19));
        assertThatThrownBy(() -> OnnxModels.open(dir, OnnxOptions.DEFAULT))
                .isInstanceOf(ModelRejectedException.class)
                .hasMessageContaining(dir.resolve("stan.onnx").toString())
                .hasMessageContaining("'probs'")
                .hasMessageContaining("[batch, 3]")
                .hasMessageContaining("[batch, 19]");
    }

    @Test
    void refusesAManifestOutputNameThatTheGraphDoesNotHave() throws IOException {
        editStanOutput(1, o -> o.put("name", "spatial"));
        assertThatThrownBy(() -> OnnxModels.open(dir, OnnxOptions.DEFAULT))
                .isInstanceOf(ModelRejectedException.class)
                .hasMessageContaining(dir.resolve("stan.onnx").toString())
                .hasMessageContaining("output names");
    }

    @Test
    void refusesAMissingModelFileNamingIt() throws IOException {
        Files.delete(copyServingModels().resolve("atat_transformer.onnx"));
        assertThatThrownBy(() -> OnnxModels.open(dir, OnnxOptions.DEFAULT))
                .isInstanceOf(ModelRejectedException.class)
                .hasMessageContaining(dir.resolve("atat_transformer.onnx").toString());
    }

    @Test
    void refusesAMissingManifest() {
        assertThatThrownBy(() -> OnnxModels.open(dir, OnnxOptions.DEFAULT))
                .isInstanceOf(ModelRejectedException.class)
                .hasMessageContaining(dir.resolve("manifest.json").toString());
    }

    @Test
    void closeTwiceIsHarmlessAndUseAfterCloseIsRefused() throws IOException {
        OnnxModels models = OnnxModels.open(copyServingModels(), OnnxOptions.DEFAULT);
        models.close();
        models.close();
        assertThatThrownBy(() -> models.session("stan")).isInstanceOf(IllegalStateException.class);
    }

    private void editStanOutput(int index, Consumer<ObjectNode> edit) throws IOException {
        Path manifest = copyServingModels().resolve(Manifest.FILE_NAME);
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(manifest.toFile());
        edit.accept(
                (ObjectNode) root.path("models").path("stan").path("outputs").get(index));
        json.writeValue(manifest.toFile(), root);
    }
}
