/**
 * The inference port ({@link org.seizureforecast.core.inference.WindowScorer}) and the baseline
 * line-length detector that implements it in plain Java. The ONNX models implement the same port
 * in the {@code adapter.onnx} package.
 */
package org.seizureforecast.core.inference;
