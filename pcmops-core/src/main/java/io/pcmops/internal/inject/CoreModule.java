package io.pcmops.internal.inject;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.pcmops.internal.audit.AuditKey;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.engine.RunEngine;
import io.pcmops.internal.engine.RunEventHub;
import io.pcmops.internal.provider.LocalRunAsRule;
import io.pcmops.internal.provider.ProviderRegistries;
import io.pcmops.internal.provider.ProviderRegistry;
import io.pcmops.internal.provider.StoreProviderSettings;
import io.pcmops.internal.store.AccountStore;
import io.pcmops.internal.store.AuditStore;
import io.pcmops.internal.store.BackoffStore;
import io.pcmops.internal.store.ChangeStore;
import io.pcmops.internal.store.CredentialStore;
import io.pcmops.internal.store.Database;
import io.pcmops.internal.store.PlanStore;
import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.store.RunWriter;
import io.pcmops.internal.store.ScriptStore;
import io.pcmops.internal.store.SealedValues;
import io.pcmops.internal.store.SessionStore;
import io.pcmops.internal.store.SettingsStore;
import io.pcmops.internal.store.SqliteAccountStore;
import io.pcmops.internal.store.SqliteAuditStore;
import io.pcmops.internal.store.SqliteBackoffStore;
import io.pcmops.internal.store.SqliteChangeStore;
import io.pcmops.internal.store.SqliteCredentialStore;
import io.pcmops.internal.store.SqlitePlanStore;
import io.pcmops.internal.store.SqliteRunReader;
import io.pcmops.internal.store.SqliteRunWriter;
import io.pcmops.internal.store.SqliteScriptStore;
import io.pcmops.internal.store.SqliteSessions;
import io.pcmops.internal.store.SqliteSettingsStore;
import io.pcmops.internal.store.SqliteTokens;
import io.pcmops.internal.store.SqliteUsers;
import io.pcmops.internal.store.TokenStore;
import io.pcmops.internal.store.UserStore;
import io.pcmops.internal.vault.KeyGuard;
import io.pcmops.internal.vault.RunSecrets;
import io.pcmops.internal.vault.Vault;
import io.pcmops.model.SignInPolicy;
import io.pcmops.internal.workflow.engine.WorkflowEngine;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.internal.workflow.store.WorkflowRunStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javax.inject.Named;
import javax.inject.Singleton;

/** Binds the SQLite store, the vault, the provider registry and the engine. */
@Module
public interface CoreModule {

    @Binds ScriptStore scripts(SqliteScriptStore store);

    @Binds PlanStore plans(SqlitePlanStore store);

    @Binds AccountStore accounts(SqliteAccountStore store);

    @Binds CredentialStore credentials(SqliteCredentialStore store);

    @Binds SettingsStore settings(SqliteSettingsStore store);

    @Binds AuditStore audit(SqliteAuditStore store);

    @Binds RunReader runReader(SqliteRunReader store);

    @Binds RunWriter runWriter(SqliteRunWriter store);

    @Binds ChangeStore changes(SqliteChangeStore store);

    @Binds UserStore users(SqliteUsers store);

    @Binds TokenStore tokens(SqliteTokens store);

    @Binds SessionStore sessions(SqliteSessions store);

    @Binds BackoffStore backoff(SqliteBackoffStore store);

    @Provides @Singleton
    static Database database(CoreConfig config) {
        return Database.open(config.dataDirectory().resolve("pcmops.db"));
    }

    @Provides
    static Clock clock(CoreConfig config) {
        return config.clock();
    }

    @Provides
    static SignInPolicy signIn(CoreConfig config) {
        return config.signIn();
    }

    @Provides
    static Executor executor(CoreConfig config) {
        return config.executor();
    }

    @Provides
    static ScheduledExecutorService scheduler(CoreConfig config) {
        return config.scheduler();
    }

    @Provides @Named("eventPoll")
    static Duration eventPoll(CoreConfig config) {
        return config.eventPoll();
    }

    @Provides @Singleton
    static StoreProviderSettings providerSettings(CoreConfig config, SettingsStore store) {
        return new StoreProviderSettings(store, config.providers(), config.providerDefaults(), config.fixedSettings(),
                new LocalRunAsRule(config.localRunAsRequired()));
    }

    @Provides @Singleton
    static Vault vault(CoreConfig config, SealedValues sealed) {
        return KeyGuard.open(config.masterKey(), config.dataDirectory(), sealed);
    }

    @Provides @Singleton
    static AuditLog auditLog(CoreConfig config, AuditStore store, Vault vault) {
        return new AuditLog(store, config.clock(), new AuditKey(vault.derive(AuditKey.LABEL)),
                config.dataDirectory());
    }

    @Provides @Singleton
    static ProviderRegistry providers(CoreConfig config, StoreProviderSettings settings, CredentialStore credentials,
                                      AccountStore accounts, Vault vault, AuditLog audit) {
        return ProviderRegistries.create(config.providers(), settings, config.clock(), config.executor(),
                config.scheduler(), config.dataDirectory(), credentials, accounts, vault, audit);
    }

    @Provides @Singleton
    static WorkflowEngine workflowEngine(CoreConfig config, WorkflowRunStore runs, ResultStore results, PlanStore plans,
                                         RunReader reader, AuditLog audit, Vault vault) {
        return new WorkflowEngine(config.engine(), runs, results, plans, reader, audit, vault, config.clock(),
                config.executor(), config.scheduler(), config.eventPoll());
    }

    @Provides @Singleton
    static RunSecrets runSecrets(Vault vault) {
        return new RunSecrets(vault);
    }

    @Provides @Singleton
    static RunEngine engine(CoreConfig config, Database database, RunWriter writer, ProviderRegistry providers,
                            RunEventHub hub, AuditLog audit, RunSecrets secrets) {
        return new RunEngine(config.engine(), new SqliteRunReader(database, secrets::open), writer, providers, hub,
                audit, config.clock(), config.scheduler());
    }
}
