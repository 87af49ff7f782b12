/**
 * From raw EEG chunks to analysis windows: the wire format v1 codec ({@link
 * org.seizureforecast.core.signal.FrameCodec}), stateless and per-session validation, mapping of
 * incoming channel labels to the model montage, resampling to the analysis rate, the filter port
 * and per-patient stream assembly ({@link org.seizureforecast.core.signal.PatientStream}).
 *
 * <p>Plain Java ({@code java.*} only). Samples are microvolts in {@code float}; times are the
 * EEG's own clock in epoch microseconds. The wire format is documented in {@code
 * docs/wire-format.md}.
 */
package org.seizureforecast.core.signal;
