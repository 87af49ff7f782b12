package org.seizureforecast.tools.edf;

import java.util.List;

/**
 * A whole small EDF file in memory, from {@link EdfReader#readAll()}.
 *
 * @param samples physical samples per signal, indexed like {@code header.signals()}; {@code null}
 *     for annotation signals
 * @param recordOnsets start of each data record in seconds from the header start (from the
 *     time-keeping TALs for EDF+, record index × duration otherwise)
 */
public record EdfRecording(
        EdfHeader header, float[][] samples, List<EdfAnnotation> annotations, double[] recordOnsets) {

    public EdfRecording {
        annotations = List.copyOf(annotations);
    }

    /** Samples of the first signal with this label. */
    public float[] samples(String label) {
        int index = header.indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("no signal labelled " + label);
        }
        return samples[index];
    }
}
