package io.pcmops.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.io.UncheckedIOException;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Writes JSON answers with the library's one Jackson configuration, and redirects. */
@Singleton
public final class Responses {

    private final ObjectMapper mapper;

    @Inject
    public Responses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Sends a value as JSON with status 200. */
    public void json(ServerResponse response, Object value) {
        json(response, Status.OK_200, value);
    }

    /** Sends a value as JSON with the given status. */
    public void json(ServerResponse response, Status status, Object value) {
        response.status(status);
        response.headers().set(HeaderValues.CONTENT_TYPE_JSON);
        response.send(bytes(value));
    }

    /** Sends JSON already written, with status 200. */
    public void json(ServerResponse response, byte[] json) {
        response.headers().set(HeaderValues.CONTENT_TYPE_JSON);
        response.send(json);
    }

    /** Returns a value as JSON bytes. */
    public byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a value as JSON text. */
    public String text(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends 303 See Other to a path of this server. */
    public static void redirect(ServerResponse response, String path) {
        response.header(HeaderNames.LOCATION, path);
        response.status(Status.SEE_OTHER_303).send();
    }

    /** Sends 204 No Content. */
    public static void noContent(ServerResponse response) {
        response.status(Status.NO_CONTENT_204).send();
    }
}
