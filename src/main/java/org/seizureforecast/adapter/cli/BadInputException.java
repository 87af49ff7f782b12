package org.seizureforecast.adapter.cli;

/**
 * Bad user input to a batch command: printed as one line ({@code error: <message>}) and exit
 * code 2. The message names the file and the problem.
 */
public final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
