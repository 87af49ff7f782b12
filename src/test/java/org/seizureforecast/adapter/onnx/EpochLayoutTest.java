package org.seizureforecast.adapter.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EpochLayoutTest {
    @Test
    void crossFadeGainsAddUpToOneOnEverySampleOfTheWindow() {
        EpochLayout layout = new EpochLayout(1280, 512, new int[] {0, 384, 768});
        double[] sum = new double[1280];
        for (int e = 0; e < layout.epochs(); e++) {
            for (int i = 0; i < 512; i++) {
                sum[layout.offsets[e] + i] += layout.gain[e][i];
            }
        }
        for (double s : sum) {
            assertThat(s).isCloseTo(1.0, within(1e-6));
        }
        assertThat(layout.share[0] + layout.share[1] + layout.share[2]).isCloseTo(1.0, within(1e-6));
        assertThat(layout.share[1]).isCloseTo(384.0 / 1280, within(1e-6));
    }

    @Test
    void refusesOffsetsThatLeaveAGap() {
        assertThatThrownBy(() -> new EpochLayout(1280, 512, new int[] {0, 600, 768}))
                .isInstanceOf(ModelRejectedException.class)
                .hasMessageContaining("[0, 600, 768]");
    }
}
