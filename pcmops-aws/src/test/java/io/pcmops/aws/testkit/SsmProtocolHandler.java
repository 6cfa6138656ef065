package io.pcmops.aws.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

/**
 * The AWS JSON 1.1 front door: {@code POST /} with {@code X-Amz-Target: AmazonSSM.<Op>}; answers carry
 * {@code Content-Type: application/x-amz-json-1.1} and {@code x-amzn-RequestId}; errors are
 * {@code {"__type":"Name","message":"..."}} with HTTP 400, or 500 {@code InternalServerError}.
 */
final class SsmProtocolHandler implements HttpHandler {

    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final System.Logger LOG = System.getLogger(SsmProtocolHandler.class.getName());

    private final Map<String, SsmOperation> operations;
    private final Map<String, TokenBucket> throttles;
    private final Tenancy tenancy;
    private final SimulatorStats stats;

    SsmProtocolHandler(Map<String, SsmOperation> operations, Map<String, TokenBucket> throttles, Tenancy tenancy,
            SimulatorStats stats) {
        this.operations = operations;
        this.throttles = throttles;
        this.tenancy = tenancy;
        this.stats = stats;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] request = body.readAllBytes();
            try {
                respond(exchange, 200, answer(exchange, request));
            } catch (SsmException e) {
                respond(exchange, e.status(), error(e.type(), e.getMessage()));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "SSM simulator failed", e);
                respond(exchange, 500, error("InternalServerError", e.toString()));
            }
        }
    }

    private JsonNode answer(HttpExchange exchange, byte[] body) {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        if (!"POST".equals(exchange.getRequestMethod()) || target == null || !target.startsWith("AmazonSSM.")) {
            throw new SsmException("UnknownOperationException", "Expected POST / with X-Amz-Target AmazonSSM.<Op>");
        }
        String operation = target.substring("AmazonSSM.".length());
        stats.countCall(operation);
        SigV4Scope scope = SigV4Scope.parse(exchange.getRequestHeaders().getFirst("Authorization"))
                .orElseThrow(() -> new SsmException("MissingAuthenticationTokenException",
                        "Missing Authentication Token"));
        TokenBucket bucket = throttles.get(operation);
        if (bucket != null && !bucket.tryAcquire()) {
            throw new SsmException("ThrottlingException", "Rate exceeded");
        }
        SsmOperation handler = operations.get(operation);
        if (handler == null) {
            throw new SsmException("UnknownOperationException", "The SSM fleet simulator does not implement "
                    + operation);
        }
        return handler.handle(parse(body), tenancy.caller(scope));
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return WireJson.object();
        }
        try {
            JsonNode tree = WireJson.MAPPER.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw new SsmException("SerializationException", "Request body must be a JSON object");
            }
            return tree;
        } catch (IOException e) {
            throw new SsmException("SerializationException", "Malformed JSON: " + e.getMessage());
        }
    }

    /** A bare {@code {"__type":...}} when there is no message, as for InvocationDoesNotExist. */
    private static ObjectNode error(String type, String message) {
        ObjectNode json = WireJson.object().put("__type", type);
        if (message != null) {
            json.put("message", message);
        }
        return json;
    }

    private static void respond(HttpExchange exchange, int status, JsonNode json) throws IOException {
        byte[] bytes;
        try {
            bytes = WireJson.MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IOException(e);
        }
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
