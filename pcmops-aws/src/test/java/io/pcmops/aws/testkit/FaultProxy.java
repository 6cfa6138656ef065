package io.pcmops.aws.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP proxy in front of one upstream (moto or the {@link SsmFleetSimulator}): point an SDK client's
 * {@code endpointOverride} at {@link #endpoint()}. It adds latency to every request, injects throttling errors in
 * the upstream's protocol, answers chosen operations with a bare error status (no code, no message), denies STS
 * AssumeRole for chosen role ARNs, leaves chosen operations unanswered (before or
 * after the upstream acted on them), and counts requests by (service, operation) with the regions they were signed
 * for. Faults can be changed while it runs. Request bodies are read whole (the operation may be in them); answers are
 * streamed.
 */
public final class FaultProxy implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FaultProxy.class.getName());

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final ProxyForwarder forwarder;
    private final FaultRules rules;
    private final ProxyCounts counts = new ProxyCounts();

    /** Where a stalled request stops: it never answers, and the upstream either never sees it or acts on it. */
    public enum Stall {
        /** The upstream never sees the request (e.g. a SendCommand that was never sent). */
        BEFORE_UPSTREAM,
        /** The upstream acts on the request, but its answer is never passed on (e.g. a SendCommand whose answer was
         * lost). */
        AFTER_UPSTREAM
    }

    private FaultProxy(URI upstream, long seed) throws IOException {
        this.forwarder = new ProxyForwarder(upstream, threads);
        this.rules = new FaultRules(seed);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a proxy to {@code upstream} (e.g. {@code http://127.0.0.1:5000}); random faults use seed 42. */
    public static FaultProxy start(URI upstream) {
        return start(upstream, 42);
    }

    /** Starts a proxy whose probabilistic faults follow {@code seed}. */
    public static FaultProxy start(URI upstream, long seed) {
        try {
            return new FaultProxy(upstream, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The proxy's endpoint. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Delays every request (including injected faults) by {@code delay} before answering. */
    public FaultProxy latency(Duration delay) {
        rules.latency(delay);
        return this;
    }

    /** Answers the next {@code times} requests for {@code operation} (e.g. {@code "SendCommand"}) with throttling. */
    public FaultProxy throttle(String operation, int times) {
        rules.throttle(operation, times);
        return this;
    }

    /** Answers each request for {@code operation} with throttling with probability {@code p} (seeded). */
    public FaultProxy throttleWithProbability(String operation, double p) {
        rules.throttle(operation, p);
        return this;
    }

    /** Answers every request for {@code operation} with {@code status} and an empty body (no code, no message). */
    public FaultProxy failWithoutMessage(String operation, int status) {
        rules.failBare(operation, status, null);
        return this;
    }

    /** Answers every request for a JSON-protocol {@code operation} with 400 {@code {"__type":"TYPE"}}, no message. */
    public FaultProxy failWithoutMessage(String operation, String errorType) {
        rules.failBare(operation, 400, errorType);
        return this;
    }

    /** Answers STS AssumeRole for {@code roleArn} with 403 AccessDenied. */
    public FaultProxy denyAssumeRole(String roleArn) {
        rules.deny(roleArn);
        return this;
    }

    /**
     * Leaves every request for {@code operation} unanswered until {@link #reset()} or {@link #close()} (then the
     * connection is closed without an answer); {@code stall} says whether the upstream gets the request first.
     */
    public FaultProxy stall(String operation, Stall stall) {
        rules.stall(operation, stall);
        return this;
    }

    /** The principal named in AccessDenied messages (default moto's {@code arn:aws:iam::123456789012:user/moto}). */
    public FaultProxy callerArn(String arn) {
        rules.callerArn(arn);
        return this;
    }

    /** Requests received for {@code service} (SigV4 scope name, e.g. {@code "ssm"}) and operation. */
    public long requestCount(String service, String operation) {
        return counts.count(service + ":" + operation);
    }

    /** Requests received, keyed {@code service:operation}. */
    public Map<String, Long> requestCounts() {
        return counts.snapshot();
    }

    /** The regions that requests for {@code service} and operation were signed for, sorted. */
    public SortedSet<String> requestRegions(String service, String operation) {
        return counts.regions(service + ":" + operation);
    }

    /** How many requests were answered with an injected fault (or stalled). */
    public long injectedFaults() {
        return counts.injectedFaults();
    }

    /** Removes every fault and the latency, releases stalled requests, and zeroes the counters. */
    public void reset() {
        rules.clear();
        counts.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            ProxyRequest request = ProxyRequest.of(exchange, in.readAllBytes());
            counts.received(request);
            Thread.sleep(rules.latency());
            Optional<Stall> stall = rules.stallFor(request);
            Optional<FaultResponse> fault = stall.isPresent() ? Optional.empty() : rules.faultFor(request);
            if (stall.isPresent()) {
                stall(request, stall.get());
            } else if (fault.isPresent()) {
                counts.injected();
                send(exchange, fault.get());
            } else {
                forwarder.forward(request);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "fault proxy could not forward", e);
            send(exchange, new FaultResponse(502, "text/plain", "fault proxy: " + e));
        }
    }

    private void stall(ProxyRequest request, Stall stall) throws IOException, InterruptedException {
        counts.injected();
        if (stall == Stall.AFTER_UPSTREAM) {
            forwarder.forwardAndDiscard(request);
        }
        rules.awaitRelease();
    }

    private static void send(HttpExchange exchange, FaultResponse response) {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        try {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(response.status(), body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "client went away", e);
        }
    }
}
