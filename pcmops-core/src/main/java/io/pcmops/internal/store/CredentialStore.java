package io.pcmops.internal.store;

import io.pcmops.model.CredentialRoot;
import java.util.List;
import java.util.Optional;

/** Credential roots and their sealed secrets. */
public interface CredentialStore {

    /** Stores a root, and its sealed secret when there is one, in one transaction. */
    void insert(CredentialRoot root, String secretId, byte[] sealedSecret);

    List<CredentialRoot> list();

    Optional<CredentialRoot> find(String rootId);

    /** Returns the id and sealed bytes of a root's secret. */
    Optional<SealedSecret> secretOf(String rootId);

    /** Deletes a root and its secret; returns whether it existed. */
    boolean delete(String rootId);

    /**
     * A sealed secret as stored.
     *
     * @param id         secret id (bound into the ciphertext)
     * @param ciphertext sealed bytes
     */
    record SealedSecret(String id, byte[] ciphertext) {
    }
}
