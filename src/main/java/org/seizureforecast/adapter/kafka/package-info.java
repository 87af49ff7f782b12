/**
 * Kafka plumbing that is not the consumer loop: topic names and creation, the embedded single-node
 * KRaft broker of {@code serve}, and the address file through which {@code replay} finds it.
 */
package org.seizureforecast.adapter.kafka;
