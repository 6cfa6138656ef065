package io.pcmops.bench;

import io.pcmops.testkit.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/** Benchmarks measure through public API and test kits only (this module is built with {@code -Pbench}). */
class ModuleBoundariesTest {

    @Test
    void benchmarksUseNoModulesInternals() {
        ModuleBoundaries.noOtherModulesInternals().check(ModuleBoundaries.ownClasses());
    }
}
