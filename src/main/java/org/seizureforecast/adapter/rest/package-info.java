/**
 * HTTP edge under {@code /api/v1}: ingest, patient status and policy, alarms and acknowledgements,
 * the EEG page, server-sent events and SzCORE scoring. Resources translate between JSON and core
 * values and answer bad input with {@code application/problem+json}; they reach the engine only
 * through {@code adapter.runtime.Processing}.
 */
package org.seizureforecast.adapter.rest;
