package io.pcmops;

import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialStatus;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Credential roots: how each partition is reached. Pasted secrets are sealed in the vault and never returned. */
public interface Credentials {

    /**
     * Adds a credential root.
     *
     * @param root   the root; its {@code maskedKey}, {@code createdAt} and {@code createdBy} are filled in
     * @param pasted the pasted secret for a {@code vault} source (any format the provider reads), else {@code null}
     * @return the stored root
     * @throws ConflictException       when the id is taken
     * @throws InvalidRequestException when the secret is missing, unreadable or given for a non-vault source
     */
    CredentialRoot add(CredentialRoot root, String pasted);

    /** Returns every root. */
    List<CredentialRoot> list();

    /**
     * Returns one root.
     *
     * @throws NotFoundException when there is no such root
     */
    CredentialRoot get(String rootId);

    /**
     * Removes a root and its sealed secret.
     *
     * @throws NotFoundException when there is no such root
     */
    void remove(String rootId);

    /** Checks a root against its partition (e.g. with STS GetCallerIdentity). */
    CompletableFuture<CredentialStatus> validate(String rootId);
}
