/**
 * The EEG simulator: synthetic epilepsy patients with known seizures, preictal periods, sleep
 * and artifacts, written as a BIDS-style dataset of EDF+ files with SzCORE annotations
 * ({@link org.seizureforecast.tools.sim.DatasetSimulator}), and the semi-real EMG denoising set
 * ({@link org.seizureforecast.tools.sim.EmgDatasetWriter}). Plain Java ({@code java.*} and
 * the EDF writer of {@code tools.edf} and the montage of {@code core.signal}), deterministic for a seed. The model, its parameter ranges and the
 * literature it follows are in {@code docs/simulator.md}.
 *
 * <p>Flow: {@code PatientParameters} (drawn) → {@code PatientPlan} (hypnogram, seizures,
 * events, levels, ground truth; decided before any sample) → {@code PatientSimulator} (renders
 * 1-s blocks: {@code Background} + events → electrode potentials → {@code Montage} → EDF).
 */
package org.seizureforecast.tools.sim;
