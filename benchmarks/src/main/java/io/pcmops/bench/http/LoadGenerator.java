package io.pcmops.bench.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator, run in its own JVM: {@code connections} virtual threads, each sending the next
 * GET as soon as the previous answer arrived, for a warm-up and then a measured period. Prints one result line.
 *
 * <p>Arguments: URL, bearer token, connections, warm-up seconds, measured seconds.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String token = args[1];
        int connections = Integer.parseInt(args[2]);
        Duration warmup = Duration.ofSeconds(Long.parseLong(args[3]));
        Duration measured = Duration.ofSeconds(Long.parseLong(args[4]));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
        run(client, request, connections, warmup, null);
        List<Latencies> perWorker = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        run(client, request, connections, measured, new Object[] {perWorker, errors});
        double seconds = (System.nanoTime() - started) / 1e9;
        Latencies all = new Latencies();
        perWorker.forEach(all::addAll);
        System.out.printf("requests=%d errors=%d seconds=%.1f rps=%.0f %s%n", all.size(), errors.get(), seconds,
                all.size() / seconds, all.summary());
    }

    @SuppressWarnings("unchecked")
    private static void run(HttpClient client, HttpRequest request, int connections, Duration length,
                            Object[] sinks) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Latencies latencies = new Latencies();
            if (sinks != null) {
                synchronized (sinks[0]) {
                    ((List<Latencies>) sinks[0]).add(latencies);
                }
            }
            threads.add(Thread.ofVirtual().start(() -> loop(client, request, end, latencies,
                    sinks == null ? new AtomicLong() : (AtomicLong) sinks[1])));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void loop(HttpClient client, HttpRequest request, long end, Latencies latencies,
                             AtomicLong errors) {
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    errors.incrementAndGet();
                    continue;
                }
                latencies.add((System.nanoTime() - start) / 1000);
            } catch (Exception e) {
                errors.incrementAndGet();
            }
        }
    }
}
