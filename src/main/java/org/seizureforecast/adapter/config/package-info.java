/**
 * The composition root: typed configuration ({@code seizure.*}) and the one place where it becomes
 * core objects, for {@code serve} and the batch commands alike.
 */
package org.seizureforecast.adapter.config;
