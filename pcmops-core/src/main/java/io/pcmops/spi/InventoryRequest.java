package io.pcmops.spi;

import io.pcmops.model.Selector;
import java.util.Objects;

/**
 * An inventory query.
 *
 * @param selector    the targets wanted
 * @param refresh     whether cached inventory must be bypassed
 * @param requestedBy who asked, for the provider's own audit or session names
 */
public record InventoryRequest(Selector selector, boolean refresh, String requestedBy) {

    public InventoryRequest {
        Objects.requireNonNull(selector, "selector");
        requestedBy = requestedBy == null ? "" : requestedBy;
    }
}
