package org.seizureforecast.core.signal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out, once per label list, how each channel of a {@link Montage} is obtained from the
 * incoming channels (see {@link ChannelLabel} for the spellings understood):
 *
 * <ol>
 *   <li>the bipolar pair itself ({@code FP1-F7});
 *   <li>the reversed pair, negated ({@code F7-FP1});
 *   <li>the difference of two referential channels ({@code FP1-REF} minus {@code F7-REF});
 *   <li>otherwise missing: zero-filled and reported.
 * </ol>
 *
 * Of duplicate labels (CHB-MIT lists {@code T8-P8} twice) the first is used. Immutable and
 * thread-safe.
 */
public final class MontageMapper {
    private final Montage montage;

    public MontageMapper(Montage montage) {
        this.montage = montage;
    }

    public Montage montage() {
        return montage;
    }

    /**
     * Maps input labels onto the montage's channels.
     *
     * @throws FrameRejectedException NO_USABLE_CHANNELS when not one montage channel can be derived
     */
    public MontageMapping map(List<String> inputLabels) throws FrameRejectedException {
        Map<String, Integer> bipolar = new HashMap<>();
        Map<String, Integer> referential = new HashMap<>();
        for (int i = 0; i < inputLabels.size(); i++) {
            ChannelLabel label = ChannelLabel.parse(inputLabels.get(i));
            switch (label.kind()) {
                case BIPOLAR -> bipolar.putIfAbsent(label.first() + "-" + label.second(), i);
                case REFERENTIAL -> referential.putIfAbsent(label.first(), i);
                case OTHER -> {}
            }
        }
        int n = montage.size();
        int[] plus = new int[n];
        int[] minus = new int[n];
        boolean any = false;
        for (int c = 0; c < n; c++) {
            Montage.Derivation d = montage.derivations().get(c);
            Integer direct = bipolar.get(d.anode() + "-" + d.cathode());
            Integer reversed = bipolar.get(d.cathode() + "-" + d.anode());
            Integer anode = referential.get(d.anode());
            Integer cathode = referential.get(d.cathode());
            if (direct != null) {
                plus[c] = direct;
                minus[c] = -1;
            } else if (reversed != null) {
                plus[c] = -1;
                minus[c] = reversed;
            } else if (anode != null && cathode != null) {
                plus[c] = anode;
                minus[c] = cathode;
            } else {
                plus[c] = -1;
                minus[c] = -1;
            }
            any |= plus[c] >= 0 || minus[c] >= 0;
        }
        if (!any) {
            throw new FrameRejectedException(
                    Rejection.NO_USABLE_CHANNELS,
                    "none of the " + n + " montage channels can be derived from the labels " + inputLabels);
        }
        return new MontageMapping(montage, inputLabels, plus, minus);
    }
}
