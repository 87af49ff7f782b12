package org.seizureforecast.adapter.rest;

import jakarta.ws.rs.WebApplicationException;

/** Thrown by resources to answer with a problem document. */
public final class ProblemException extends WebApplicationException {
    private static final long serialVersionUID = 1L;

    public ProblemException(Problem problem) {
        super(problem.detail(), problem.toResponse());
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "Bad request", detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not found", detail));
    }
}
