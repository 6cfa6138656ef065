package io.pcmops.aws;

import io.pcmops.testkit.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/** The AWS provider may use its own internals; no other module's. */
class ModuleBoundariesTest {

    @Test
    void usesNoOtherModulesInternals() {
        ModuleBoundaries.noOtherModulesInternals("io.pcmops.aws.internal..").check(ModuleBoundaries.ownClasses());
    }
}
