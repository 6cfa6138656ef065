package io.pcmops.internal.engine;

import io.pcmops.model.TargetRef;

/** The provider's unit key of a target. */
@FunctionalInterface
interface UnitKeys {

    String of(TargetRef target);
}
