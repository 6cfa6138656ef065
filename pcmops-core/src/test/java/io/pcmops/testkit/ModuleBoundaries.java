package io.pcmops.testkit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The architecture rule every module's tests check: a module's classes (main and test) use no other module's
 * {@code io.pcmops...internal} packages — core's from the AWS provider, the adapters, the examples and the
 * benchmarks; the AWS provider's from everything else. A module's own tests may use its own internals.
 *
 * {@snippet :
 * @Test
 * void usesNoOtherModulesInternals() {
 *     ModuleBoundaries.noOtherModulesInternals("io.pcmops.aws.internal..").check(ModuleBoundaries.ownClasses());
 * }
 * }
 */
public final class ModuleBoundaries {

    private ModuleBoundaries() {
    }

    /** Imports the module's own classes, main and test, from {@code target/} (tests run in the module's folder). */
    public static JavaClasses ownClasses() {
        List<Path> folders = List.of(Path.of("target", "classes"), Path.of("target", "test-classes")).stream()
                .filter(Files::isDirectory).toList();
        if (folders.isEmpty()) {
            throw new IllegalStateException("no target/classes here (" + Path.of("").toAbsolutePath()
                    + "); run the test from its module's folder");
        }
        return new ClassFileImporter().importPaths(folders);
    }

    /**
     * Returns the rule: no class depends on a class in an {@code io.pcmops...internal} package other than the
     * module's own.
     *
     * @param ownInternalPackages the module's own internal packages as ArchUnit patterns (e.g.
     *                            {@code io.pcmops.aws.internal..}); none for a module without internals
     */
    public static ArchRule noOtherModulesInternals(String... ownInternalPackages) {
        return noClasses().should().dependOnClassesThat(resideInAPackage("io.pcmops..internal..")
                        .and(not(resideInAnyPackage(ownInternalPackages))))
                .as("no class uses another module's io.pcmops...internal packages")
                .because("a module's internals may change at any time; use its public API or its test kit");
    }
}
