package dev.latchkey.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of architecture §2, checked on the compiled production classes of every module. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // After `package`, crypto's test helpers come from its test-jar, which DO_NOT_INCLUDE_TESTS
        // (a test-classes folder pattern) does not recognise.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.latchkey");
    }

    @Test
    void cryptoDependsOnNothingAbove() {
        noClasses().that().resideInAPackage("dev.latchkey.crypto..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.latchkey.model..", "dev.latchkey.app..")
                .check(classes);
    }

    @Test
    void modelNeverSeesTheApp() {
        noClasses().that().resideInAPackage("dev.latchkey.model..")
                .should().dependOnClassesThat().resideInAPackage("dev.latchkey.app..")
                .check(classes);
    }

    @Test
    void onlyTheAppUsesJavaFx() {
        noClasses().that().resideInAnyPackage("dev.latchkey.crypto..", "dev.latchkey.model..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyCryptoUsesBouncyCastle() {
        noClasses().that().resideOutsideOfPackage("dev.latchkey.crypto..")
                .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
                .check(classes);
    }

    @Test
    void onlyTheStoreUsesJdbcAndH2() {
        noClasses().that().resideOutsideOfPackage("dev.latchkey.model.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchScenesOrStages() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
