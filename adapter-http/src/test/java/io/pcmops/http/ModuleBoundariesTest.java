package io.pcmops.http;

import io.pcmops.testkit.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/** The server uses core through its public API only. */
class ModuleBoundariesTest {

    @Test
    void usesNoOtherModulesInternals() {
        ModuleBoundaries.noOtherModulesInternals().check(ModuleBoundaries.ownClasses());
    }
}
