package io.pcmops.http.api;

import io.pcmops.Pcmops;
import io.pcmops.model.ProviderInfo;
import io.pcmops.model.RunStatistics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * The Prometheus text exposition: runs by status, invocations by state over all runs, providers enabled and their
 * cloud API calls by operation. Recomputed at most every five seconds.
 */
@Singleton
public final class Metrics {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final Pcmops pcm;
    private final Clock clock;
    private String cached;
    private Instant computedAt = Instant.MIN;

    @Inject
    public Metrics(Pcmops pcm, Clock clock) {
        this.pcm = pcm;
        this.clock = clock;
    }

    /** Returns the current figures. */
    public synchronized String text() {
        Instant now = clock.instant();
        if (cached == null || computedAt.plus(FRESH).isBefore(now)) {
            cached = compute();
            computedAt = now;
        }
        return cached;
    }

    private String compute() {
        StringBuilder out = new StringBuilder(2048);
        RunStatistics statistics = pcm.runs().statistics();
        header(out, "pcmops_runs", "gauge", "Runs by status.");
        statistics.runs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out
                .append("pcmops_runs{status=\"").append(e.getKey()).append("\"} ").append(e.getValue()).append('\n'));
        header(out, "pcmops_invocations", "gauge", "Invocations (targets of runs) by state, over all runs.");
        statistics.invocations().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out
                .append("pcmops_invocations{state=\"").append(e.getKey()).append("\"} ").append(e.getValue())
                .append('\n'));
        providers(out);
        return out.toString();
    }

    private void providers(StringBuilder out) {
        header(out, "pcmops_provider_enabled", "gauge", "Whether a provider is enabled (1) or not (0).");
        for (ProviderInfo provider : pcm.providers()) {
            out.append("pcmops_provider_enabled{provider=\"").append(escape(provider.id())).append("\"} ")
                    .append(pcm.providerEnabled(provider.id()) ? 1 : 0).append('\n');
        }
        header(out, "pcmops_provider_api_calls_total", "counter", "Cloud API calls by provider and operation.");
        for (ProviderInfo provider : pcm.providers()) {
            provider.apiCalls().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(call ->
                    out.append("pcmops_provider_api_calls_total{provider=\"").append(escape(provider.id()))
                            .append("\",operation=\"").append(escape(call.getKey())).append("\"} ")
                            .append(call.getValue()).append('\n'));
        }
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
