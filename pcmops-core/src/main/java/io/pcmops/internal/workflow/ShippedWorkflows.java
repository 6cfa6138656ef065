package io.pcmops.internal.workflow;

import io.pcmops.internal.util.Hashing;
import io.pcmops.internal.workflow.definition.WorkflowParser;
import io.pcmops.internal.workflow.store.WorkflowStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * The workflows shipped as resources of core ({@code io/pcmops/workflows/NAME.yaml}). Once per library, each is
 * saved as a new version unless a version with its exact source exists, so a user's later version stays the latest
 * until PCM-Ops ships a changed one.
 */
@Singleton
public final class ShippedWorkflows {

    /** Names of the shipped workflows. */
    public static final List<String> NAMES = List.of("linux-patch-prep", "linux-patch-post", "sft-agent-fix",
            "disk-report");

    private final WorkflowStore store;
    private final Clock clock;
    private final AtomicBoolean installed = new AtomicBoolean();

    @Inject
    public ShippedWorkflows(WorkflowStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Installs missing shipped versions (once per library). */
    public void ensureInstalled() {
        if (installed.compareAndSet(false, true)) {
            for (String name : NAMES) {
                install(name, source(name));
            }
        }
    }

    /** Returns the YAML source of a shipped workflow. */
    public static String source(String name) {
        String path = "/io/pcmops/workflows/" + name + ".yaml";
        try (InputStream in = ShippedWorkflows.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void install(String name, String source) {
        String hash = Hashing.sha256(source);
        if (!store.hasVersionWithHash(name, hash)) {
            WorkflowParser.parse(source);
            store.saveIfChanged(name, hash, source, true, clock.instant(), "pcmops");
        }
    }
}
