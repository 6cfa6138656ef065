package io.pcmops.cli.support;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.ProviderNotFoundException;
import io.pcmops.model.ProviderInfo;
import io.pcmops.model.Selector;
import java.util.List;

/** Picks the provider a command means when {@code --provider} is not given: the only enabled one. */
public final class ProviderChoice {

    private ProviderChoice() {
    }

    /** Returns the selector bound to its provider, or to the only enabled provider. */
    public static Selector bind(Pcmops pcm, Selector selector) {
        return selector.withProvider(resolve(pcm, selector.provider()));
    }

    /**
     * Returns the given provider id, or the only enabled one.
     *
     * @throws InvalidRequestException listing the choices when several are enabled, or naming the known ids when
     *     the given one is unknown
     */
    public static String resolve(Pcmops pcm, String providerId) {
        if (providerId != null) {
            return providerId;
        }
        List<String> enabled = pcm.providers().stream().map(ProviderInfo::id).filter(pcm::providerEnabled).toList();
        if (enabled.size() == 1) {
            return enabled.get(0);
        }
        throw new InvalidRequestException(enabled.isEmpty() ? "no provider is enabled"
                : "several providers are enabled; choose one with --provider: " + String.join(", ", enabled));
    }

    /**
     * Checks that a provider is registered (enabled or not).
     *
     * @throws ProviderNotFoundException listing the registered ids
     */
    public static void require(Pcmops pcm, String providerId) {
        List<String> ids = pcm.providers().stream().map(ProviderInfo::id).toList();
        if (!ids.contains(providerId)) {
            throw new ProviderNotFoundException(providerId, ids);
        }
    }
}
