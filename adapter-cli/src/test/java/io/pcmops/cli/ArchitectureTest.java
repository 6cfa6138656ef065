package io.pcmops.cli;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The command line's packages, bottom to top: {@code env} (the outside world), {@code options} (option types and
 * mixins), {@code render} (tables, styles, the terminal-text sanitiser), {@code support} (what every command shares:
 * context, exit codes, prompts), {@code follow} (following a run to its end), the {@code commands} packages,
 * {@code inject} (the object graph) and the root (the top command and {@code main}). No package imports one above
 * it, and no two packages import each other (not even two command packages). That nothing reaches into another
 * module's {@code internal} packages is {@link ModuleBoundariesTest}'s rule.
 */
@AnalyzeClasses(packages = ArchitectureTest.CLI, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String CLI = "io.pcmops.cli";

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(new EachPackage()).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule layersOnlyLookDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("root").definedBy(CLI)
            .layer("inject").definedBy(CLI + ".inject..")
            .layer("commands").definedBy(CLI + ".commands..")
            .layer("follow").definedBy(CLI + ".follow..")
            .layer("support").definedBy(CLI + ".support..")
            .layer("render").definedBy(CLI + ".render..")
            .layer("options").definedBy(CLI + ".options..")
            .layer("env").definedBy(CLI + ".env..")
            .whereLayer("root").mayNotBeAccessedByAnyLayer()
            .whereLayer("inject").mayOnlyBeAccessedByLayers("root")
            .whereLayer("commands").mayOnlyBeAccessedByLayers("inject", "root")
            .whereLayer("follow").mayOnlyBeAccessedByLayers("commands", "inject", "root")
            .whereLayer("support").mayOnlyBeAccessedByLayers("follow", "commands", "inject", "root")
            .whereLayer("render").mayOnlyBeAccessedByLayers("support", "follow", "commands", "inject", "root")
            .whereLayer("options").mayOnlyBeAccessedByLayers("render", "support", "follow", "commands", "inject",
                    "root")
            .whereLayer("env").mayOnlyBeAccessedByLayers("options", "render", "support", "follow", "commands",
                    "inject", "root");

    /** One slice per package of the command line, the root package included. */
    private static final class EachPackage implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals(CLI) || name.startsWith(CLI + ".") ? SliceIdentifier.of(name)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of " + CLI;
        }
    }
}
