package io.pcmops.http.security;

import io.pcmops.Pcmops;
import io.pcmops.model.AuditEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Audits throttled sign-in attempts without one row each: the first throttled attempt of an address writes a row,
 * the next ones are counted, and {@link #flush()} (the server calls it every minute) writes one summary row per
 * address with the count. At most {@value LoginLimiter#MAX_KEYS} addresses are counted at once.
 */
@Singleton
public final class ThrottleAudit {

    private final Pcmops pcm;
    private final Clock clock;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    @Inject
    public ThrottleAudit(Pcmops pcm, Clock clock) {
        this.pcm = pcm;
        this.clock = clock;
    }

    /** Records one throttled attempt from an address. */
    public void throttled(String client) {
        boolean first;
        synchronized (this) {
            if (pending.size() >= LoginLimiter.MAX_KEYS && !pending.containsKey(client)) {
                flush();
            }
            Pending counted = pending.get(client);
            first = counted == null;
            pending.put(client, first ? new Pending(clock.instant(), 0) : counted.plusOne());
        }
        if (first) {
            write(client, "refused; further throttled attempts from this address are summarised", Map.of());
        }
    }

    /** Writes one summary row per address with throttled attempts since the last one, and forgets them. */
    public void flush() {
        List<Map.Entry<String, Pending>> due;
        synchronized (this) {
            due = new ArrayList<>(pending.entrySet());
            pending.clear();
        }
        for (Map.Entry<String, Pending> entry : due) {
            if (entry.getValue().count() > 0) {
                write(entry.getKey(), entry.getValue().count() + " more attempts refused since "
                        + entry.getValue().since(), Map.of("attempts", Integer.toString(entry.getValue().count()),
                        "since", entry.getValue().since().toString()));
            }
        }
    }

    private void write(String client, String result, Map<String, String> extra) {
        Map<String, String> details = new LinkedHashMap<>(extra);
        details.put("client", client);
        pcm.audit().append(new AuditEntry("(anonymous)", "login.throttled", client, "", null, result, details));
    }

    private record Pending(Instant since, int count) {
        Pending plusOne() {
            return new Pending(since, count + 1);
        }
    }
}
