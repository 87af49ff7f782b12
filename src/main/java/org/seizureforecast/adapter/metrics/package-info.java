/**
 * Micrometer meters of the pipeline, created once; tags come from closed sets and never carry a
 * patient id.
 */
package org.seizureforecast.adapter.metrics;
