package io.pcmops.spi;

import io.pcmops.model.TargetListing;
import java.util.concurrent.CompletableFuture;

/** Lists a provider's targets. */
public interface TargetInventory {

    /**
     * Lists the targets a selector names.
     *
     * <p>The provider may filter on any selector field where its cloud filters cheaply; the library applies every
     * field again afterwards, so filtering here is an optimisation only. A failure in one account or region is
     * reported in {@link TargetListing#errors()}; the others still answer.
     *
     * @param request the selector and whether cached data may be used
     * @return the listing; completes exceptionally only when nothing at all could be listed
     */
    CompletableFuture<TargetListing> list(InventoryRequest request);
}
