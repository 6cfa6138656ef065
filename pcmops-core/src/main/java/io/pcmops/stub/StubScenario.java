package io.pcmops.stub;

import io.pcmops.model.TargetRef;
import io.pcmops.spi.PreparedScript;

/** Decides, deterministically, what each stub target does with a script. */
@FunctionalInterface
public interface StubScenario {

    StubOutcome outcome(TargetRef target, int index, PreparedScript script);
}
