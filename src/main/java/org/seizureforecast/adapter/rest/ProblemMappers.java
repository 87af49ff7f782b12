package org.seizureforecast.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every client error leaves as a problem document, never as a stack trace or an HTML page. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e) {
        return Problem.of(400, "Malformed JSON", e.getOriginalMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response mapIllegalArgument(IllegalArgumentException e) {
        return Problem.of(422, "Invalid value", e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e) {
        Response r = e.getResponse();
        if (r.hasEntity() && r.getEntity() instanceof Problem) {
            return r;
        }
        return Problem.of(r.getStatus(), r.getStatusInfo().getReasonPhrase(), e.getMessage())
                .toResponse();
    }
}
