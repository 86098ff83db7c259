package jp.tomoni.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module arrows point toward the domain, and features do not depend on each other in circles. */
class ArchitectureTest {
    static JavaClasses tomoni;

    @BeforeAll
    static void importClasses() {
        // the WAR's own classes are not on this module's classpath: read them from the app module's build
        Path root = Path.of(System.getProperty("tomoni.root", "../.."));
        Set<Location> locations = new HashSet<>(Locations.ofPackage("jp.tomoni"));
        locations.add(Location.of(root.resolve("modules/app/target/classes")));
        tomoni = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(locations);
    }

    @Test
    void module_arrows_point_toward_the_domain() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy("jp.tomoni.domain..")
                .layer("application").definedBy("jp.tomoni.application..")
                .layer("persistence").definedBy("jp.tomoni.persistence..")
                .layer("search").definedBy("jp.tomoni.search..")
                .layer("security").definedBy("jp.tomoni.security..")
                .layer("rest").definedBy("jp.tomoni.rest..")
                .layer("ui").definedBy("jp.tomoni.ui..")
                .layer("app").definedBy("jp.tomoni.app..")
                .layer("launcher").definedBy("jp.tomoni.launcher..")
                .layer("documents").definedBy("jp.tomoni.documents..")
                .whereLayer("documents").mayOnlyBeAccessedByLayers("application")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("rest").mayOnlyBeAccessedByLayers("app")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("app")
                .whereLayer("search").mayOnlyBeAccessedByLayers("app")
                .whereLayer("security").mayOnlyBeAccessedByLayers("rest", "ui", "app")
                .whereLayer("application").mayOnlyBeAccessedByLayers("persistence", "search", "security", "rest", "ui", "app")
                .check(tomoni);
    }

    @Test
    void the_domain_uses_no_framework_but_persistence_and_validation_annotations() {
        classes().that().resideInAPackage("jp.tomoni.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("jp.tomoni.domain..", "java..",
                        "jakarta.persistence..", "jakarta.validation..")
                .check(tomoni);
    }

    @Test
    void the_launcher_does_not_reach_into_the_application() {
        classes().that().resideInAPackage("jp.tomoni.launcher..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("jp.tomoni.domain..",
                        "jp.tomoni.application..", "jp.tomoni.persistence..", "jp.tomoni.rest..", "jp.tomoni.ui..")
                .check(tomoni);
    }

    @Test
    void the_documents_know_nothing_of_tomoni_but_their_own_sheet() {
        classes().that().resideInAPackage("jp.tomoni.documents..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("jp.tomoni.domain..",
                        "jp.tomoni.application..", "jp.tomoni.persistence..", "jp.tomoni.rest..", "jp.tomoni.ui..")
                .check(tomoni);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("jp.tomoni.(*).(*)..").should().beFreeOfCycles().check(tomoni);
    }
}
