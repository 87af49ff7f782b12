package org.seizureforecast.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.seizureforecast.adapter.runtime.EventHub;
import org.seizureforecast.adapter.runtime.StreamEvent;

/**
 * Server-sent events: {@code score} and {@code alarm} events (JSON data), optionally for one
 * patient, with a comment heartbeat every 15 s so proxies keep the connection open.
 */
@Path("/api/v1/stream")
public class StreamResource {
    private final EventHub hub;
    private final ObjectMapper json;

    public StreamResource(EventHub hub, ObjectMapper json) {
        this.hub = hub;
        this.json = json;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live scores and alarms as server-sent events (event names: score, alarm)")
    public Multi<OutboundSseEvent> stream(@QueryParam("patient") String patient, @Context Sse sse) {
        Multi<OutboundSseEvent> events = hub.events(patient).map(e -> event(sse, e));
        Multi<OutboundSseEvent> heartbeat = Multi.createFrom()
                .ticks()
                .every(Duration.ofSeconds(15))
                .map(t -> sse.newEventBuilder().comment("heartbeat").build());
        return Multi.createBy().merging().streams(events, heartbeat);
    }

    private OutboundSseEvent event(Sse sse, StreamEvent e) {
        try {
            return sse.newEventBuilder()
                    .name(e.type())
                    .mediaType(MediaType.TEXT_PLAIN_TYPE)
                    .data(json.writeValueAsString(e.data()))
                    .build();
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
