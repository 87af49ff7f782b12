/**
 * The engine run offline over recordings: EDF files as frame sources, SzCORE submission rows from
 * SEIZURE alarms ({@code detect}), and training labels on each patient's clock ({@code
 * export-windows}). Plain Java; depends on the engine ({@code core}) and the formats, never the
 * reverse.
 */
package org.seizureforecast.tools.batch;
