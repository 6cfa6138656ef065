package io.pcmops.cli;

import io.pcmops.testkit.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/** The command line uses core through its public API only. */
class ModuleBoundariesTest {

    @Test
    void usesNoOtherModulesInternals() {
        ModuleBoundaries.noOtherModulesInternals().check(ModuleBoundaries.ownClasses());
    }
}
