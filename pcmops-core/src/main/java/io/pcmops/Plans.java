package io.pcmops;

import io.pcmops.model.Plan;
import io.pcmops.model.Selector;
import java.util.concurrent.CompletableFuture;

/** Resolves selectors into frozen target lists with their blast radius, to be reviewed before running. */
public interface Plans {

    /**
     * Resolves a selector and stores the result as a plan.
     *
     * @return the plan; completes with {@link NotFoundException} when the selector names no target
     */
    CompletableFuture<Plan> create(Selector selector);

    /**
     * Returns a stored plan.
     *
     * @throws NotFoundException when there is no such plan
     */
    Plan get(String planId);
}
