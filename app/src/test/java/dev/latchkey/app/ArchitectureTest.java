package dev.latchkey.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The GUI's MVVM rules (architecture §3) beyond {@link LayeringTest}'s: a view model never holds a
 * view, feature packages do not depend on each other in circles, the CLI needs no window, file
 * choosers come from one place.
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

    /**
     * A command's keychain is lent to it by the service (a lease, given back when the command
     * ends). Closing it would lock the keychain for the user: in the running Latchkey, every
     * `latchkey` command would lock what the window has unlocked.
     */
    @Test
    void commandsNeverCloseTheKeychainTheyAreLent() throws java.io.IOException {
        java.nio.file.Path cli = java.nio.file.Path.of("src/main/java/dev/latchkey/app/cli");
        java.util.List<String> closing = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(cli)) {
            for (java.nio.file.Path f : files.toList()) {
                if (java.nio.file.Files.readString(f).matches("(?s).*try \\(\\s*Keychain\\s.*")) {
                    closing.add(f.getFileName().toString());
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(closing).as("commands closing their keychain").isEmpty();
    }

    @Test
    void theWindowIsNotPartOfTheCommandLine() {
        noClasses().that().resideInAPackage("dev.latchkey.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.latchkey.app.shell..")
                .check(APP);
    }

    /** Every file chooser goes through FileDialogs, so the flow tests can answer it and it has the right owner. */
    @Test
    void fileChoosersAreShownOnlyByFileDialogs() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.latchkey.app.toolkit.FxFileDialogs")
                .should().callConstructor(javafx.stage.FileChooser.class)
                .orShould().callConstructor(javafx.stage.DirectoryChooser.class)
                .check(APP);
    }
}
