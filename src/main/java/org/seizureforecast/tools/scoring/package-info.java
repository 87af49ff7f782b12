/**
 * SzCORE seizure-detection scoring, reproducing the official tooling bit for bit: the
 * SzCORE/HED-SCORE annotation TSV format (epilepsy2bids), the 1 s label quantisation and
 * sample/event scoring (timescoring v0.0.7, F1 of v0.0.6 on request) and the dataset
 * aggregation of szcore-evaluation. Reference behaviour, quirks included, is described in
 * {@code shared/guides/szcore-spec.md} and {@code docs/scoring.md}.
 *
 * <p>Plain Java (java.* only): no framework, no logging, no {@code System.out}; warnings go to an
 * {@link org.seizureforecast.tools.scoring.EvaluationListener}. All types are immutable or
 * confined to one call, so everything here may be used from any thread.
 */
package org.seizureforecast.tools.scoring;
