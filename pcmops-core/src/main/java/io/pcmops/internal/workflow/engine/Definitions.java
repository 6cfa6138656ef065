package io.pcmops.internal.workflow.engine;

import io.pcmops.internal.util.Hashing;
import io.pcmops.internal.workflow.definition.WorkflowParser;
import io.pcmops.model.WorkflowDefinition;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Parsed definitions by the hash of their source, so a driver parses each version once. */
public final class Definitions {

    private static final Map<String, WorkflowDefinition> PARSED = new ConcurrentHashMap<>();

    private Definitions() {
    }

    public static WorkflowDefinition of(String source) {
        return PARSED.computeIfAbsent(Hashing.sha256(source), hash -> WorkflowParser.parse(source));
    }
}
