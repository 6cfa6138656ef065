package io.pcmops.spi;

import io.pcmops.model.CredentialRoot;
import io.pcmops.model.CredentialStatus;
import java.util.concurrent.CompletableFuture;

/** How a provider reads pasted credentials and checks credential roots. */
public interface CredentialSupport {

    /**
     * Reads credentials a user pasted, in any format the provider accepts.
     *
     * @param pasted the pasted text
     * @return the secret, to be sealed in the vault
     * @throws io.pcmops.InvalidRequestException naming what is wrong (never echoing the secret)
     */
    Secret parsePasted(String pasted);

    /**
     * Checks a new credential root's fields before anything is stored (e.g. that the provider serves its partition).
     * By default every root is accepted.
     *
     * @param root the root about to be added
     * @throws io.pcmops.InvalidRequestException naming the field that is wrong
     */
    default void check(CredentialRoot root) {
    }

    /** Returns a masked form of the secret's key (first 4 … last 4), safe to list. */
    String mask(Secret secret);

    /**
     * Checks a credential root against its partition.
     *
     * @return the verdict; never fails for rejected credentials (that is {@code INVALID})
     */
    CompletableFuture<CredentialStatus> validate(CredentialRoot root);
}
