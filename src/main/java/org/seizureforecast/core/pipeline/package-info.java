/**
 * The single processing engine shared by the Kafka consumer, REST ingest and offline detection:
 * frames in, windows assembled per patient, scored in batches across patients, alarm policy
 * applied, results out. Plain Java; the adapters own threads, transports and clocks.
 */
package org.seizureforecast.core.pipeline;
