package io.pcmops.testkit.contract;

import io.pcmops.Pcmops;
import io.pcmops.model.Selector;
import io.pcmops.model.Target;
import io.pcmops.spi.CommandExecutor;
import io.pcmops.spi.Provider;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A provider as the contract kit uses it: registered in a library (which gives it its context: settings,
 * credentials, data directory) and started.
 *
 * @param library  the library the provider is registered in
 * @param provider the provider instance under test
 */
public record ProviderUnderTest(Pcmops library, Provider provider) implements AutoCloseable {

    /** Returns the provider's id. */
    public String id() {
        return provider.metadata().id();
    }

    /** Lists the provider's targets (which also starts the provider). */
    public List<Target> targets() {
        try {
            return library.targets().list(Selector.builder().provider(id()).build(), true).get(60, TimeUnit.SECONDS)
                    .targets();
        } catch (Exception e) {
            throw new AssertionError("listing the targets of provider " + id() + " failed: " + e, e);
        }
    }

    /** Returns the provider's executor, starting the provider first. */
    public CommandExecutor executor() {
        targets();
        return provider.executor();
    }

    @Override
    public void close() {
        library.close();
    }
}
