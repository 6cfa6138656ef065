package io.pcmops.aws.testkit;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Forwards a request to the upstream with {@link HttpClient} (HTTP/1.1) and streams the answer back. Hop-by-hop
 * headers are dropped; {@code Host} becomes the upstream's (neither moto nor the simulator checks signatures).
 */
final class ProxyForwarder {

    private static final Set<String> DROPPED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection", "proxy-authorization");

    private final URI upstream;
    private final HttpClient client;

    ProxyForwarder(URI upstream, Executor executor) {
        this.upstream = upstream;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    void forward(ProxyRequest request) throws IOException, InterruptedException {
        respond(request.exchange(), send(request));
    }

    /** Sends the request to the upstream and reads the whole answer, which nobody gets. */
    void forwardAndDiscard(ProxyRequest request) throws IOException, InterruptedException {
        try (InputStream answer = send(request).body()) {
            answer.transferTo(OutputStream.nullOutputStream());
        }
    }

    private HttpResponse<InputStream> send(ProxyRequest request) throws IOException, InterruptedException {
        HttpExchange exchange = request.exchange();
        HttpRequest.Builder builder = HttpRequest.newBuilder(target(exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!DROPPED.contains(name.toLowerCase())) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private void respond(HttpExchange exchange, HttpResponse<InputStream> response) throws IOException {
        Map<String, List<String>> headers = response.headers().map();
        headers.forEach((name, values) -> {
            if (!DROPPED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        long length = response.headers().firstValueAsLong("Content-Length").orElse(0);
        boolean bodiless = exchange.getRequestMethod().equals("HEAD") || response.statusCode() == 204
                || response.statusCode() == 304;
        if (bodiless) {
            response.headers().firstValue("Content-Length").ifPresent(v -> exchange.getResponseHeaders()
                    .set("Content-Length", v));
        }
        exchange.sendResponseHeaders(response.statusCode(), bodiless ? -1 : length == 0 ? chunkedOrEmpty(response)
                : length);
        try (InputStream in = response.body(); OutputStream out = exchange.getResponseBody()) {
            in.transferTo(out);
        }
    }

    /** No Content-Length: chunked (0), unless the upstream said 0 explicitly (-1 = no body). */
    private static long chunkedOrEmpty(HttpResponse<InputStream> response) {
        return response.headers().firstValue("Content-Length").isPresent() ? -1 : 0;
    }

    private URI target(URI received) {
        String query = received.getRawQuery() == null ? "" : "?" + received.getRawQuery();
        return URI.create(upstream.toString().replaceAll("/+$", "") + received.getRawPath() + query);
    }
}
