package io.pcmops.testkit.contract;

import io.pcmops.model.RunOptions;
import io.pcmops.model.ScriptLanguage;
import io.pcmops.model.TargetRef;
import io.pcmops.spi.DispatchUnit;
import io.pcmops.spi.PreparedScript;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds the units the contract kit sends: a fresh run id per kit instance, a new unit number per unit. */
public final class ContractUnits {

    private final String runId = "r-contract-" + Long.toString(System.nanoTime(), 36);
    private final AtomicInteger next = new AtomicInteger();

    /** Returns a unit of a shell script on the targets, with the given execution timeout. */
    public DispatchUnit unit(List<TargetRef> targets, String script, Duration executionTimeout) {
        PreparedScript prepared = new PreparedScript(ScriptLanguage.SHELL, script, Map.of(), sha256(script));
        return new DispatchUnit(runId, next.incrementAndGet(), targets, prepared, targets.size(), targets.size(),
                RunOptions.DEFAULT_DELIVERY_TIMEOUT, executionTimeout, "contract-kit");
    }

    /** Returns the execution timeout of units that are not meant to time out. */
    public Duration defaultTimeout() {
        return RunOptions.DEFAULT_EXECUTION_TIMEOUT;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
