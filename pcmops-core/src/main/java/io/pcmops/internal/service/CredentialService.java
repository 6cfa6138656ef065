package io.pcmops.internal.service;

import io.pcmops.ConflictException;
import io.pcmops.Credentials;
import io.pcmops.InvalidRequestException;
import io.pcmops.NotFoundException;
import io.pcmops.internal.audit.AuditLog;
import io.pcmops.internal.provider.ProviderRegistry;
import io.pcmops.internal.store.CredentialStore;
import io.pcmops.internal.util.Futures;
import io.pcmops.internal.util.Ids;
import io.pcmops.internal.vault.SecretCodec;
import io.pcmops.internal.vault.Vault;
import io.pcmops.model.AuditEntry;
import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialSource;
import io.pcmops.model.CredentialStatus;
import io.pcmops.spi.CredentialSupport;
import io.pcmops.spi.Secret;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@link Credentials}: pasted secrets are read by the provider, sealed in the vault, and never returned. */
public final class CredentialService implements Credentials {

    private final CredentialStore store;
    private final ProviderRegistry providers;
    private final Vault vault;
    private final AuditLog audit;
    private final Clock clock;
    private final String actor;

    public CredentialService(CredentialStore store, ProviderRegistry providers, Vault vault, AuditLog audit,
                             Clock clock, String actor) {
        this.store = store;
        this.providers = providers;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public CredentialRoot add(CredentialRoot root, String pasted) {
        CredentialSupport support = support(root.provider());
        support.check(root);
        if (store.find(root.id()).isPresent()) {
            throw new ConflictException("credential root '" + root.id() + "' already exists");
        }
        boolean vaulted = root.source().kind() == CredentialSource.Kind.VAULT;
        if (vaulted == (pasted == null || pasted.isBlank())) {
            throw new InvalidRequestException(vaulted ? "credential root '" + root.id() + "' keeps pasted keys: "
                    + "paste them" : "only a vault credential root takes pasted keys");
        }
        Secret secret = vaulted ? support.parsePasted(pasted) : null;
        CredentialRoot stored = new CredentialRoot(root.id(), root.provider(), root.partition(), root.source(),
                root.roleName(), root.externalId(), root.sessionDuration(), vaulted ? support.mask(secret) : null,
                clock.instant(), actor);
        String secretId = vaulted ? Ids.next("s", clock) : null;
        store.insert(stored, secretId, vaulted ? vault.seal(secretId, SecretCodec.encode(secret)) : null);
        audit.append(AuditEntry.of(actor, "credential.add", root.id(), "ok"));
        return stored;
    }

    @Override
    public List<CredentialRoot> list() {
        return store.list();
    }

    @Override
    public CredentialRoot get(String rootId) {
        return store.find(rootId).orElseThrow(() -> new NotFoundException("no credential root '" + rootId + "'"));
    }

    @Override
    public void remove(String rootId) {
        if (!store.delete(rootId)) {
            throw new NotFoundException("no credential root '" + rootId + "'");
        }
        audit.append(AuditEntry.of(actor, "credential.remove", rootId, "ok"));
    }

    @Override
    public CompletableFuture<CredentialStatus> validate(String rootId) {
        return Futures.call(() -> {
            CredentialRoot root = get(rootId);
            return support(root.provider()).validate(root).whenComplete((status, error) ->
                    audit.append(AuditEntry.of(actor, "credential.validate", rootId,
                            error == null ? status.state().name() : "error")));
        });
    }

    private CredentialSupport support(String providerId) {
        return providers.get(providerId).credentialSupport().orElseThrow(() -> new InvalidRequestException(
                "provider '" + providerId + "' does not use credential roots"));
    }
}
