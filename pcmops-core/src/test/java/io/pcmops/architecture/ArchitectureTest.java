package io.pcmops.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.pcmops.Pcmops;
import io.pcmops.PcmopsBuilder;
import io.pcmops.testkit.ModuleBoundaries;
import io.pcmops.testkit.StoreWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Core's package structure. The root package {@code io.pcmops} is the public API: the facade ({@link Pcmops},
 * {@link PcmopsBuilder}), which wires the internals, and the service interfaces and exceptions the internals
 * implement and throw. It is therefore not a slice of the cycle check; instead only the facade may reach into
 * {@code internal}, and nothing below may reach back to the facade.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void packagesBelowTheRoot_haveNoCycles() {
        slices().matching("io.pcmops.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void onlyTheFacade_reachesIntoInternal() {
        noClasses().that().resideInAPackage("io.pcmops").and().doNotBelongToAnyOf(Pcmops.class, PcmopsBuilder.class)
                .should().dependOnClassesThat().resideInAPackage("io.pcmops.internal..").check(MAIN);
    }

    @Test
    void nothingBelowTheRoot_usesTheFacade() {
        noClasses().that().resideOutsideOfPackage("io.pcmops")
                .should().dependOnClassesThat().belongToAnyOf(Pcmops.class, PcmopsBuilder.class).check(MAIN);
    }

    @Test
    void apiModelAndSpi_useNoInternals() {
        noClasses().that().resideInAnyPackage("io.pcmops.model..", "io.pcmops.spi..", "io.pcmops.stub..")
                .should().dependOnClassesThat().resideInAPackage("io.pcmops.internal..").check(MAIN);
    }

    @Test
    void moduleBoundaries_failForAClassOfAnotherModuleUsingCoreInternals() {
        JavaClasses usingCoreInternals = new ClassFileImporter().importClasses(StoreWriter.class);
        assertThatThrownBy(() -> ModuleBoundaries.noOtherModulesInternals("io.pcmops.aws.internal..")
                .check(usingCoreInternals)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.pcmops.internal.store.Database");
    }

    @Test
    void coreUsesNoOtherModulesInternals() {
        ModuleBoundaries.noOtherModulesInternals("io.pcmops.internal..").check(ModuleBoundaries.ownClasses());
    }
}
