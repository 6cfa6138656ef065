package io.pcmops.internal.store;

import io.pcmops.model.Plan;
import java.util.Optional;

/** Stored plans. */
public interface PlanStore {

    void insert(Plan plan, String provider);

    Optional<Plan> find(String planId);
}
