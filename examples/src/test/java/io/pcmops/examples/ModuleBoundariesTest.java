package io.pcmops.examples;

import io.pcmops.testkit.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/** Examples use the library as an embedder would: public API and SPI only. */
class ModuleBoundariesTest {

    @Test
    void usesNoOtherModulesInternals() {
        ModuleBoundaries.noOtherModulesInternals().check(ModuleBoundaries.ownClasses());
    }
}
