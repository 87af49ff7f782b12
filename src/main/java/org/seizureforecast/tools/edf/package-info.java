/**
 * EDF and EDF+ files: a streaming reader, a streaming EDF+C writer and the header, signal and
 * annotation (TAL) types they share. Plain Java, {@code java.*} only.
 *
 * <p>Conventions: samples are physical values in the signal's own unit (µV for EEG) as
 * {@code float}; times inside a file are seconds from the header's start date/time; EDF has no
 * time zone, and this package treats the start date/time as UTC wherever it turns it into an
 * instant ({@link org.seizureforecast.tools.edf.EdfHeader#startMicros()}). Every problem with a
 * file is an {@link org.seizureforecast.tools.edf.EdfException} naming the file, the field and
 * what is wrong.
 */
package org.seizureforecast.tools.edf;
