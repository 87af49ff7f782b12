package org.seizureforecast.adapter.onnx;

/**
 * A model file or the manifest failed verification at start-up; the message names the file and
 * what did not match. The service must not start with such a model.
 */
public final class ModelRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelRejectedException(String message) {
        super(message);
    }

    public ModelRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
