/**
 * From wire frames to analysis windows: the frame model and its validation, montage mapping,
 * resampling, filtering (through the {@link org.seizureforecast.core.signal.FilterBank} port) and
 * per-patient stream assembly.
 */
package org.seizureforecast.core.signal;
