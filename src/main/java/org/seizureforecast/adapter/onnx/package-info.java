/**
 * ONNX Runtime adapter: runs the exported STAN and AT-AT graphs behind the core's
 * {@link org.seizureforecast.core.inference.WindowScorer} port.
 *
 * <p>{@link org.seizureforecast.adapter.onnx.OnnxModels} owns the ORT sessions and verifies every
 * file against {@code models/manifest.json} before anything runs.
 * {@link org.seizureforecast.adapter.onnx.OnnxWindowScorer} chains AT-AT (autoencoder, Java gate,
 * transformer on flagged epochs) into STAN using direct buffers and tensors created once, with
 * outputs pinned into preallocated buffers; nothing on the hot path creates tensors.
 */
package org.seizureforecast.adapter.onnx;
