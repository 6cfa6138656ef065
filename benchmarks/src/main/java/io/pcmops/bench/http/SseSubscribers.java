package io.pcmops.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pcmops.Pcmops;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Subscribes {@code n} clients to a running run's Server-Sent Events, in its own JVM, and measures the time to the
 * first event and the lag between an event's creation (its {@code at}) and its arrival.
 *
 * <p>Arguments: events URL, bearer token, subscribers.
 */
public final class SseSubscribers {

    private SseSubscribers() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String token = args[1];
        int subscribers = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").timeout(Duration.ofMinutes(5)).GET().build();
        ObjectMapper mapper = Pcmops.objectMapper();
        List<Latencies> firsts = new ArrayList<>();
        List<Latencies> lags = new ArrayList<>();
        AtomicLong events = new AtomicLong();
        AtomicInteger finished = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            Latencies first = new Latencies();
            Latencies lag = new Latencies();
            firsts.add(first);
            lags.add(lag);
            threads.add(Thread.ofVirtual().start(() -> follow(client, request, mapper, first, lag, events, finished)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Latencies first = new Latencies();
        firsts.forEach(first::addAll);
        Latencies lag = new Latencies();
        lags.forEach(lag::addAll);
        System.out.printf("subscribers=%d finished=%d events=%d%n  first event: %s%n  event lag:   %s%n",
                subscribers, finished.get(), events.get(), first.summary(), lag.summary());
    }

    private static void follow(HttpClient client, HttpRequest request, ObjectMapper mapper, Latencies first,
                               Latencies lag, AtomicLong events, AtomicInteger finished) {
        long start = System.nanoTime();
        try {
            HttpResponse<java.util.stream.Stream<String>> response = client.send(request,
                    HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = response.body().iterator();
            boolean seen = false;
            while (lines.hasNext()) {
                String line = lines.next();
                if (!line.startsWith("data:")) {
                    continue;
                }
                if (!seen) {
                    first.add((System.nanoTime() - start) / 1000);
                    seen = true;
                }
                JsonNode event = mapper.readTree(line.substring(5));
                Instant at = Instant.parse(event.get("at").asText());
                lag.add(Math.max(0, Duration.between(at, Instant.now()).toNanos() / 1000));
                events.incrementAndGet();
                if (event.get("finished").asBoolean()) {
                    finished.incrementAndGet();
                }
            }
        } catch (Exception e) {
            System.err.println("subscriber failed: " + e);
        }
    }
}
