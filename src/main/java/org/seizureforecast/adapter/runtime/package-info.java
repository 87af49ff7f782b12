/**
 * The running service: broker and topics, the Kafka consumer loop, the one lock around the engine
 * and the fan-out of its results (patient monitor, EEG history, SSE, Kafka).
 */
package org.seizureforecast.adapter.runtime;
