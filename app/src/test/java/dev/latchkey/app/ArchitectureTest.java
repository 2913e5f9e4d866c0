package dev.latchkey.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The GUI's MVVM rules (DESIGN §3): view models never touch controls or windows; no package cycles. */
class ArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.latchkey.app");

    @Test
    void viewModelsKnowNoControlsOrWindows() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(APP);
    }

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
