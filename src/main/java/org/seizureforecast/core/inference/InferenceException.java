package org.seizureforecast.core.inference;

/** A detector failed on valid input; carries the model and the window it failed on. */
public final class InferenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InferenceException(String message, Throwable cause) {
        super(message, cause);
    }

    public InferenceException(String message) {
        super(message);
    }
}
