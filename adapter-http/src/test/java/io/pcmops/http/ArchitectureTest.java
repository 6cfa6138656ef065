package io.pcmops.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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
 * The server's packages, bottom to top: {@code config} (settings), {@code web} (HTTP plumbing), {@code shapes}
 * (request and response bodies of its own), {@code security}, {@code view} (templates), {@code contract} (the
 * OpenAPI document and the request checks it drives), {@code routing} (guarded routes, errors), {@code api}, {@code ui} (pages), {@code inject} (the object graph and the
 * routing function) and the root (start-up). No package imports one above it, none forms a cycle, and no main class
 * reaches into another module's {@code internal} packages.
 */
@AnalyzeClasses(packages = "io.pcmops.http", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String HTTP = "io.pcmops.http";

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices().assignedFrom(new FirstPackage())
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noInternalsOfOtherModules = noClasses().that().resideInAPackage(HTTP + "..")
            .should().dependOnClassesThat().resideInAPackage("io.pcmops..internal..")
            .because("adapters compile against pcmops-core's public API only");

    @ArchTest
    static final ArchRule layersOnlyLookDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("root").definedBy(HTTP)
            .layer("inject").definedBy(HTTP + ".inject..")
            .layer("ui").definedBy(HTTP + ".ui..")
            .layer("api").definedBy(HTTP + ".api..")
            .layer("routing").definedBy(HTTP + ".routing..")
            .layer("view").definedBy(HTTP + ".view..")
            .layer("contract").definedBy(HTTP + ".contract..")
            .layer("security").definedBy(HTTP + ".security..")
            .layer("shapes").definedBy(HTTP + ".shapes..")
            .layer("web").definedBy(HTTP + ".web..")
            .layer("config").definedBy(HTTP + ".config..")
            .whereLayer("root").mayNotBeAccessedByAnyLayer()
            .whereLayer("inject").mayOnlyBeAccessedByLayers("root")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("inject")
            .whereLayer("api").mayOnlyBeAccessedByLayers("ui", "inject")
            .whereLayer("routing").mayOnlyBeAccessedByLayers("api", "ui", "inject")
            .whereLayer("view").mayOnlyBeAccessedByLayers("routing", "api", "ui", "inject")
            .whereLayer("contract").mayOnlyBeAccessedByLayers("routing", "api", "ui", "inject")
            .whereLayer("security").mayOnlyBeAccessedByLayers("view", "routing", "api", "ui", "inject", "root")
            .whereLayer("shapes").mayOnlyBeAccessedByLayers("security", "view", "routing", "api", "ui", "inject")
            .whereLayer("web").mayOnlyBeAccessedByLayers("shapes", "security", "view", "contract", "routing", "api",
                    "ui", "inject", "root")
            .whereLayer("config").mayOnlyBeAccessedByLayers("web", "shapes", "security", "view", "contract",
                    "routing", "api", "ui", "inject", "root");

    /** One slice per package directly under {@code io.pcmops.http}, and one for the root package itself. */
    private static final class FirstPackage implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(HTTP)) {
                return SliceIdentifier.of("(root)");
            }
            if (name.startsWith(HTTP + ".")) {
                return SliceIdentifier.of(name.substring(HTTP.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of " + HTTP;
        }
    }
}
