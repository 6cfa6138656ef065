package io.pcmops.internal.provider;

import io.pcmops.InvalidRequestException;
import io.pcmops.internal.util.OsAccounts;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * When the embedder asks for it (the server does): the {@code local} provider may not be enabled while this process
 * runs as root with no {@code runAs} account, since its scripts would run as root and could read the data
 * directory, the vault key and this process's memory.
 */
public final class LocalRunAsRule {

    private final boolean required;
    private final BooleanSupplier root;

    /** A rule that applies when {@code required} and this process runs as root. */
    public LocalRunAsRule(boolean required) {
        this(required, OsAccounts::isRoot);
    }

    LocalRunAsRule(boolean required, BooleanSupplier root) {
        this.required = required;
        this.root = root;
    }

    /**
     * Checks a provider's settings as they would be.
     *
     * @throws InvalidRequestException when they would enable {@code local} as root with no {@code runAs}
     */
    void check(String providerId, Map<String, String> settings) {
        if (required && "local".equals(providerId) && StoreProviderSettings.enabledIn(settings)
                && settings.getOrDefault("runAs", "").isBlank() && root.getAsBoolean()) {
            throw new InvalidRequestException("the local provider cannot be enabled while PCM-Ops runs as root with "
                    + "no runAs account: its scripts would run as root and could read the data directory. Set the "
                    + "local setting runAs to an unprivileged account (the server: PCMOPS_LOCAL_RUN_AS, e.g. nobody), "
                    + "or keep local disabled");
        }
    }
}
