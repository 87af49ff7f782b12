/**
 * Digital filter design with iirj (Butterworth band-pass and band-stop), behind the core's
 * {@link org.seizureforecast.core.signal.FilterBank} port. iirj designs the sections; this package
 * runs them with its own state so that a restart can settle on a level without a transient.
 */
package org.seizureforecast.adapter.dsp;
