package io.pcmops;

import io.pcmops.internal.engine.EngineSettings;
import io.pcmops.internal.inject.CoreComponent;
import io.pcmops.internal.inject.CoreConfig;
import io.pcmops.internal.inject.DaggerCoreComponent;
import io.pcmops.internal.provider.ProviderDiscovery;
import io.pcmops.internal.store.Database;
import io.pcmops.internal.util.Ids;
import io.pcmops.model.Actor;
import io.pcmops.model.SignInPolicy;
import io.pcmops.internal.util.PrivateDirectory;
import io.pcmops.spi.Provider;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Builds a {@link Pcmops}. Everything is optional: by default the data directory is {@code $PCMOPS_DATA_DIR}, else
 * {@code ~/.pcmops}; providers on the class path are discovered; the vault key comes from {@code PCMOPS_MASTER_KEY}
 * or a key file in the data directory.
 */
public final class PcmopsBuilder {

    private Path dataDirectory;
    private final List<Provider> providers = new ArrayList<>();
    private boolean discover = true;
    private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private Clock clock = Clock.systemUTC();
    private ExecutorService executor;
    private String actor = System.getProperty("user.name", "pcmops");
    private String masterKey = System.getenv("PCMOPS_MASTER_KEY");
    private final Map<String, Map<String, String>> providerDefaults = new HashMap<>();
    private final Map<String, Map<String, String>> fixedSettings = new HashMap<>();
    private EngineSettings engine = EngineSettings.defaults("e-pending");
    private Duration eventPoll = Duration.ofMillis(250);
    private SignInPolicy signIn = SignInPolicy.defaults();
    private boolean localRunAsRequired;

    PcmopsBuilder() {
    }

    /** Sets the data directory: the store, the key file and provider files live there. */
    public PcmopsBuilder dataDirectory(Path directory) {
        this.dataDirectory = directory;
        return this;
    }

    /** Registers a provider explicitly (it wins over a discovered provider of the same class). */
    public PcmopsBuilder provider(Provider provider) {
        providers.add(provider);
        return this;
    }

    /** Turns {@link java.util.ServiceLoader} discovery of providers on or off (default on). */
    public PcmopsBuilder discoverProviders(boolean enabled) {
        this.discover = enabled;
        return this;
    }

    /** Sets the class loader providers are discovered with. */
    public PcmopsBuilder classLoader(ClassLoader loader) {
        this.classLoader = loader;
        return this;
    }

    /** Sets the clock of timestamps, leases and timeouts (default: the system's UTC clock). */
    public PcmopsBuilder clock(Clock value) {
        this.clock = value;
        return this;
    }

    /** Sets the executor for asynchronous work; the caller keeps ownership. Default: virtual threads. */
    public PcmopsBuilder executor(ExecutorService value) {
        this.executor = value;
        return this;
    }

    /** Sets the name the host's changes are recorded under (default: the operating-system user name). */
    public PcmopsBuilder actor(String value) {
        this.actor = value;
        return this;
    }

    /** Sets the vault key (32 bytes, Base64 or 64 hex digits) instead of {@code PCMOPS_MASTER_KEY}. */
    public PcmopsBuilder masterKey(String value) {
        this.masterKey = value;
        return this;
    }

    /** Sets default settings of a provider; the store's settings override them. Checked when built. */
    public PcmopsBuilder providerDefaults(String providerId, Map<String, String> defaults) {
        providerDefaults.put(providerId, Map.copyOf(defaults));
        return this;
    }

    /**
     * Fixes settings of a provider for this process: they override the store's, and changing them through
     * {@link Pcmops#settings()} is refused (e.g. a server started with {@code PCMOPS_ENABLE_LOCAL=false} fixes
     * {@code local}'s {@code enabled=false}). Checked when built.
     */
    public PcmopsBuilder fixedSettings(String providerId, Map<String, String> settings) {
        fixedSettings.put(providerId, Map.copyOf(settings));
        return this;
    }

    /** Sets how long a run stays owned by this process without a heartbeat (default 30 s). */
    public PcmopsBuilder lease(Duration value) {
        engine = engine.withLease(value);
        return this;
    }

    /** Sets whether this process resumes runs left behind by processes that stopped (default true). */
    public PcmopsBuilder takeOverOrphanedRuns(boolean value) {
        engine = engine.withTakeOverOrphans(value);
        return this;
    }

    /**
     * Sets how long the engine waits past a run's timeouts for a provider's final word, and for a provider to
     * confirm a cancel (defaults 5 min and 2 min).
     */
    public PcmopsBuilder graces(Duration afterTimeouts, Duration afterCancel) {
        engine = engine.withGraces(afterTimeouts, afterCancel);
        return this;
    }

    /** Sets the sign-in back-off and session lengths (default {@link SignInPolicy#defaults()}). */
    public PcmopsBuilder signInPolicy(SignInPolicy value) {
        this.signIn = value;
        return this;
    }

    /** Sets how often run events are read for runs driven by another process (default 250 ms). */
    public PcmopsBuilder eventPollInterval(Duration value) {
        this.eventPoll = value;
        return this;
    }

    /**
     * Refuses (at {@link #build()} and whenever settings change) to have the {@code local} provider enabled while
     * this process runs as root with no {@code runAs} account: its scripts would run as root and could read the
     * data directory. Servers turn this on; a command line run by a person on their own data directory need not.
     */
    public PcmopsBuilder requireLocalRunAsWhenRoot(boolean value) {
        this.localRunAsRequired = value;
        return this;
    }

    /**
     * Opens the data directory (creating and migrating the store when needed) and starts the engine.
     *
     * @throws PersistenceException when the store cannot be opened
     * @throws VaultException       when the master key is unusable
     * @throws InvalidRequestException when stored settings break a rule asked for, e.g.
     *                                 {@link #requireLocalRunAsWhenRoot(boolean)}
     */
    public Pcmops build() {
        Path directory = PrivateDirectory.ensure(DataDirectories.require(
                dataDirectory == null ? DataDirectories.defaultDirectory() : dataDirectory));
        Clock millis = Clock.tick(clock, Duration.ofMillis(1));
        Map<String, Provider> byId = ProviderDiscovery.collect(providers, discover, classLoader);
        ExecutorService work = executor == null ? Executors.newVirtualThreadPerTaskExecutor() : executor;
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2,
                Thread.ofPlatform().daemon().name("pcmops-timer-", 0).factory());
        EngineSettings settings = engine.withEngineId(Ids.next("e", millis));
        CoreConfig config = new CoreConfig(directory, millis, work, scheduler, byId, Map.copyOf(providerDefaults),
                Map.copyOf(fixedSettings), settings, masterKey, eventPoll, signIn, localRunAsRequired);
        CoreComponent core = DaggerCoreComponent.builder().config(config).build();
        Runnable threads = () -> stopThreads(work, scheduler, executor == null);
        Database database = orCleanUp(core::database, threads);
        orCleanUp(() -> {
            core.vault();
            core.audit().open();
            core.settings().checkRules("local");
            return core;
        }, () -> {
            database.close();
            threads.run();
        });
        core.engine().start();
        Pcmops pcm = new Pcmops(core, Actor.host(actor), () -> shutdown(core, threads));
        core.workflowEngine().start(pcm.libraryAccess());
        return pcm;
    }

    private static <T> T orCleanUp(Supplier<T> step, Runnable cleanUp) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            cleanUp.run();
            throw e;
        }
    }

    private static void shutdown(CoreComponent core, Runnable threads) {
        core.workflowEngine().close();
        core.engine().close();
        core.events().close();
        core.providers().close();
        threads.run();
        core.database().close();
    }

    private static void stopThreads(ExecutorService work, ScheduledExecutorService scheduler, boolean ownExecutor) {
        scheduler.shutdownNow();
        if (ownExecutor) {
            work.shutdown();
            try {
                work.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
