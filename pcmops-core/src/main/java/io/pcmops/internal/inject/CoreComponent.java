package io.pcmops.internal.inject;

import dagger.BindsInstance;
import dagger.Component;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.engine.RunEngine;
import io.pcmops.internal.engine.RunEventHub;
import io.pcmops.internal.provider.ProviderRegistry;
import io.pcmops.internal.provider.StoreProviderSettings;
import io.pcmops.internal.security.RefreshGate;
import io.pcmops.internal.security.UserRegistry;
import io.pcmops.internal.store.AccountStore;
import io.pcmops.internal.store.ChangeStore;
import io.pcmops.internal.store.CredentialStore;
import io.pcmops.internal.store.Database;
import io.pcmops.internal.store.PlanStore;
import io.pcmops.internal.store.RunReader;
import io.pcmops.internal.store.RunWriter;
import io.pcmops.internal.store.ScriptStore;
import io.pcmops.internal.vault.RunSecrets;
import io.pcmops.internal.vault.Vault;
import io.pcmops.internal.workflow.ShippedWorkflows;
import io.pcmops.internal.workflow.engine.WorkflowEngine;
import io.pcmops.internal.workflow.store.ResultStore;
import io.pcmops.internal.workflow.store.WorkflowRunStore;
import io.pcmops.internal.workflow.store.WorkflowStore;
import javax.inject.Singleton;

/** The library's object graph; one per {@code Pcmops.build()}. */
@Singleton
@Component(modules = CoreModule.class)
public interface CoreComponent {

    CoreConfig config();

    Database database();

    RunEngine engine();

    RunEventHub events();

    ProviderRegistry providers();

    StoreProviderSettings settings();

    AuditLog audit();

    Vault vault();

    RunSecrets runSecrets();

    ScriptStore scripts();

    PlanStore plans();

    AccountStore accounts();

    CredentialStore credentials();

    RunReader runReader();

    RunWriter runWriter();

    ChangeStore changes();

    UserRegistry users();

    RefreshGate refreshGate();

    WorkflowStore workflows();

    WorkflowRunStore workflowRuns();

    ResultStore workflowResults();

    ShippedWorkflows shippedWorkflows();

    WorkflowEngine workflowEngine();

    /** Builds the component from the builder's configuration. */
    @Component.Builder
    interface Builder {
        @BindsInstance Builder config(CoreConfig config);

        CoreComponent build();
    }
}
