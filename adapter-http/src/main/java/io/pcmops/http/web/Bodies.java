package io.pcmops.http.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.pcmops.http.config.ServerSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Reads request bodies within the size limit: JSON into the library's records, forms, and plain text. */
@Singleton
public final class Bodies {

    private final ObjectMapper mapper;
    private final int limit;

    @Inject
    public Bodies(ObjectMapper mapper, ServerSettings settings) {
        this.mapper = mapper;
        this.limit = settings.maxBodyBytes();
    }

    /**
     * Reads a JSON object body into a record type; {@code shape} names it in error messages. A body that is not an
     * object ({@code null}, an array, a number or a string) is a 400.
     */
    public <T> T json(ServerRequest request, Class<T> type, String shape) {
        String contentType = contentType(request);
        if (!contentType.isEmpty() && !contentType.contains("json")) {
            throw HttpProblem.unsupportedMediaType("application/json");
        }
        JsonNode tree = tree(request, shape);
        if (!tree.isObject()) {
            throw HttpProblem.badRequest("the request body must be a JSON object (" + shape + "), not "
                    + JsonErrors.kind(tree));
        }
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, shape);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("the request body does not match " + shape);
        }
    }

    /** Reads a JSON body as a tree, once; later calls return the same tree. */
    public JsonNode tree(ServerRequest request, String shape) {
        return request.context().get(ParsedJson.class).map(ParsedJson::tree).orElseGet(() -> {
            byte[] body = bytes(request);
            if (body.length == 0) {
                throw HttpProblem.badRequest("the request body is empty; " + shape + " is expected as JSON");
            }
            try {
                JsonNode tree = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
                request.context().register(new ParsedJson(tree));
                return tree;
            } catch (JsonProcessingException e) {
                throw JsonErrors.translate(e, shape);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Reads a form body, once; later calls return the same form. */
    public FormData form(ServerRequest request) {
        return request.context().get(FormData.class).orElseGet(() -> {
            if (!contentType(request).startsWith("application/x-www-form-urlencoded")) {
                throw HttpProblem.unsupportedMediaType("application/x-www-form-urlencoded");
            }
            FormData form = FormData.parse(new String(bytes(request), StandardCharsets.UTF_8));
            request.context().register(form);
            return form;
        });
    }

    /** Reads a text body; later calls return the same text. */
    public String text(ServerRequest request) {
        return new String(bytes(request), StandardCharsets.UTF_8);
    }

    /**
     * Fails with 415 unless the body is declared {@code application/json}. Browsers send that type to another site
     * only after a CORS preflight, which this server never approves, so a page elsewhere cannot post such a body.
     */
    public static void requireJsonType(ServerRequest request) {
        if (!contentType(request).split(";", 2)[0].trim().equals("application/json")) {
            throw HttpProblem.unsupportedMediaType("application/json");
        }
    }

    /** Returns the request's media type in lower case, or an empty string. */
    public static String contentType(ServerRequest request) {
        return request.headers().first(HeaderNames.CONTENT_TYPE).orElse("").toLowerCase(Locale.ROOT).trim();
    }

    private byte[] bytes(ServerRequest request) {
        return request.context().get(RawBody.class).map(RawBody::bytes).orElseGet(() -> {
            byte[] body = read(request);
            request.context().register(new RawBody(body));
            return body;
        });
    }

    private byte[] read(ServerRequest request) {
        long declared = request.headers().contentLength().orElse(-1);
        if (declared > limit) {
            throw HttpProblem.tooLarge(limit);
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw HttpProblem.tooLarge(limit);
            }
            return body;
        } catch (HttpProblem problem) {
            throw problem;
        } catch (IOException | RuntimeException e) {
            throw HttpProblem.badRequest("the request body could not be read: it ended early or its chunked "
                    + "encoding is malformed");
        }
    }

    private record RawBody(byte[] bytes) {
    }

    private record ParsedJson(JsonNode tree) {
    }
}
