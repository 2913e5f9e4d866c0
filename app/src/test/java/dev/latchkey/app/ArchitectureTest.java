package dev.latchkey.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The GUI's MVVM rules (DESIGN §3) beyond {@link LayeringTest}'s: a view model never holds a
 * view, feature packages do not depend on each other in circles, the CLI needs no window.
 */
class ArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.latchkey.app");

    @Test
    void viewModelsNeverHoldAView() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .check(APP);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.latchkey.app.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void theWindowIsNotPartOfTheCommandLine() {
        noClasses().that().resideInAPackage("dev.latchkey.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.latchkey.app.gui..")
                .check(APP);
    }
}
