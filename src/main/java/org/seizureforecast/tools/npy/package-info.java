/** NumPy {@code .npy} files, written as streams: training data and semi-real artifact sets. */
package org.seizureforecast.tools.npy;
