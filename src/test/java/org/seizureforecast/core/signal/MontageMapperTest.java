package org.seizureforecast.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seizureforecast.core.signal.FrameCodecTest.assertRejected;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MontageMapperTest {
    private final MontageMapper mapper = new MontageMapper(Montage.DOUBLE_BANANA);

    /** Derives every montage channel of a one-sample frame whose channel i holds {@code values[i]}. */
    private static float[] derive(MontageMapping mapping, float... values) {
        float[] out = new float[mapping.montage().size()];
        float[] one = new float[1];
        for (int c = 0; c < out.length; c++) {
            mapping.derive(c, values, 1, 0, 1, one, 0);
            out[c] = one[0];
        }
        return out;
    }

    @Test
    void theModelMontageIsTheCHBMITDoubleBananaInOrder() {
        assertThat(Montage.DOUBLE_BANANA.labels())
                .containsExactly(
                        "FP1-F7", "F7-T7", "T7-P7", "P7-O1", "FP1-F3", "F3-C3", "C3-P3", "P3-O1", "FP2-F4", "F4-C4",
                        "C4-P4", "P4-O2", "FP2-F8", "F8-T8", "T8-P8", "P8-O2", "FZ-CZ", "CZ-PZ");
    }

    @Test
    void chbMitLabelsMapDirectlyUsingTheFirstOfDuplicates() throws Exception {
        MontageMapping mapping = mapper.map(TestSignals.CHB_MIT_LABELS);
        float[] values = new float[23];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        float[] out = derive(mapping, values);
        for (int c = 0; c < 18; c++) {
            assertThat(out[c]).as(mapping.describe(c)).isEqualTo(c); // the first 18 labels are the montage
        }
        assertThat(mapping.describe(14)).isEqualTo("T8-P8 = 'T8-P8'");
        assertThat(mapping.missingChannels()).isEmpty();
    }

    @Test
    void referentialInputIsDerivedAsDifferences() throws Exception {
        List<String> labels = List.of(
                "EEG Fp1-REF",
                "EEG F7-REF",
                "EEG T3-REF",
                "EEG T5-REF",
                "EEG O1-REF",
                "EEG F3-REF",
                "EEG C3-REF",
                "EEG P3-REF",
                "EEG FP2-REF",
                "EEG F4-REF",
                "EEG C4-REF",
                "EEG P4-REF",
                "EEG O2-REF",
                "EEG F8-REF",
                "EEG T4-REF",
                "EEG T6-REF",
                "EEG FZ-REF",
                "EEG CZ-REF",
                "EEG PZ-REF",
                "EEG EKG1-REF");
        MontageMapping mapping = mapper.map(labels);
        float[] potentials = new float[labels.size()];
        for (int i = 0; i < potentials.length; i++) {
            potentials[i] = (i + 1) * (i + 1); // distinct, so every difference identifies its pair
        }
        float[] out = derive(mapping, potentials);
        assertThat(mapping.missingChannels()).isEmpty();
        assertThat(out[0]).isEqualTo(potentials[0] - potentials[1]); // FP1 - F7
        assertThat(out[1]).isEqualTo(potentials[1] - potentials[2]); // F7 - T7 (T3)
        assertThat(out[2]).isEqualTo(potentials[2] - potentials[3]); // T7 (T3) - P7 (T5)
        assertThat(out[13]).isEqualTo(potentials[13] - potentials[14]); // F8 - T8 (T4)
        assertThat(out[15]).isEqualTo(potentials[15] - potentials[12]); // P8 (T6) - O2
        assertThat(out[17]).isEqualTo(potentials[17] - potentials[18]); // CZ - PZ
        assertThat(mapping.describe(0)).isEqualTo("FP1-F7 = 'EEG Fp1-REF' - 'EEG F7-REF'");
    }

    @ParameterizedTest
    @CsvSource({
        "FP1, F7",
        "Fp1-Avg, F7-AVG",
        "fp1-le, f7-le",
        "EEG FP1-REF, EEG F7-REF",
        "EEG FP1 - REF, EEG F7 - REF",
        "Fp1-AR, F7-AR"
    })
    void toleratesCommonReferentialSpellings(String fp1, String f7) throws Exception {
        MontageMapping mapping = mapper.map(List.of(fp1, f7));
        assertThat(mapping.isPresent(0)).isTrue();
        assertThat(derive(mapping, 10f, 4f)[0]).isEqualTo(6f);
    }

    @Test
    void oldTenTwentyNamesInBipolarLabels() throws Exception {
        MontageMapping mapping = mapper.map(List.of("F7-T3", "T3-T5", "T5-O1", "F8-T4", "T4-T6", "T6-O2"));
        assertThat(mapping.presentChannels()).containsExactly(1, 2, 3, 13, 14, 15);
    }

    @Test
    void reversedPairIsNegated() throws Exception {
        MontageMapping mapping = mapper.map(List.of("F7-FP1"));
        assertThat(derive(mapping, 5f)[0]).isEqualTo(-5f);
        assertThat(mapping.describe(0)).isEqualTo("FP1-F7 = - 'F7-FP1'");
    }

    @Test
    void bipolarInputIsPreferredToAReferentialDerivation() throws Exception {
        MontageMapping mapping = mapper.map(List.of("FP1-REF", "F7-REF", "FP1-F7"));
        assertThat(derive(mapping, 10f, 4f, 100f)[0]).isEqualTo(100f);
    }

    @Test
    void mneDuplicateSuffixesAreUnderstood() throws Exception {
        MontageMapping mapping = mapper.map(List.of("T8-P8-0", "T8-P8-1"));
        assertThat(derive(mapping, 1f, 2f)[14]).isEqualTo(1f);
    }

    @Test
    void missingChannelsAreZeroFilledAndReported() throws Exception {
        List<String> labels = new ArrayList<>(TestSignals.CHB_MIT_LABELS.subList(0, 16)); // no FZ-CZ, CZ-PZ
        labels.add("ECG");
        MontageMapping mapping = mapper.map(labels);
        float[] values = new float[labels.size()];
        Arrays.fill(values, 7f);
        float[] out = derive(mapping, values);
        assertThat(mapping.missingChannels()).containsExactly("FZ-CZ", "CZ-PZ");
        assertThat(mapping.present()[16]).isFalse();
        assertThat(out[16]).isZero();
        assertThat(out[17]).isZero();
        assertThat(mapping.describe(17)).isEqualTo("CZ-PZ = missing");
    }

    @Test
    void singleElectrodesWithoutPartnersGiveNoChannel() {
        // FP1-F7, FP1-F3, F3-C3 and C3-P3 each need the other electrode too
        assertRejected(
                () -> mapper.map(List.of("FP1-REF", "C3")),
                Rejection.NO_USABLE_CHANNELS,
                "none of the 18 montage channels");
    }

    @Test
    void rejectsLabelsFromWhichNothingCanBeDerived() {
        assertRejected(
                () -> mapper.map(List.of("ECG", "EMG1", "-", "Resp")),
                Rejection.NO_USABLE_CHANNELS,
                "none of the 18 montage channels can be derived from the labels [ECG, EMG1, -, Resp]");
    }
}
