package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.app.trustviewer.ChainLink;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.trust.TrustSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Certificates through the window: File &gt; Import of a PKCS#12 with its passphrase, the
 * banner, the certificate inspector's trust choice, and Evaluate…; a wrong passphrase or a
 * garbage file imports nothing and says why in one line.
 */
@ExtendWith(ApplicationExtension.class)
class CertificateFlowTest {
    private final TestApp app = new TestApp();
    private Keychain login;
    private Path p12;

    @Start
    void start(Stage stage) throws Exception {
        login = app.service.unlock(app.service.create("login", TestKeychains.password()), TestKeychains.password());
        p12 = TestPki.get().pkcs12(app.home.resolve("files"));
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
        app.deleteHome();
    }

    private void fileImport(FxRobot robot, Path file) {
        app.filesToOpen.add(List.of(file));
        robot.clickOn("File").clickOn("Import Items…");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String anchor, String query) {
        return FirstRunFlowTest.inWindowOf(robot, anchor, query, Label.class).getText();
    }

    @Test
    void importInspectTrustAndEvaluate(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fileImport(robot, p12);
        assertThat(text(robot, "#passphraseField", "#message")).contains("leaf.p12");
        robot.clickOn("#passphraseField").write(TestPki.FILE_PASSPHRASE);
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(login.items()).extracting(Item::itemClass).contains(ItemClass.CERTIFICATE, ItemClass.KEY);
        assertThat(robot.lookup(".outcome-imported").tryQuery()).as("the report says it was imported").isPresent();
        robot.clickOn("#doneButton");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("My Certificates");
        robot.clickOn(FirstRunFlowTest.cell(robot, TestPki.LEAF));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bannerTitle").queryAs(Label.class).getText())
                .isEqualTo("This certificate is not trusted");
        assertThat(robot.lookup("#bannerIssued").queryAs(Label.class).getText())
                .startsWith("Issued by Latchkey Test Intermediate");

        robot.doubleClickOn(FirstRunFlowTest.cell(robot, TestPki.LEAF), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#verdictTitle").queryAs(Label.class).getText())
                .isEqualTo("This certificate is not trusted");
        assertThat(robot.lookup("SHA-256").tryQuery()).as("fingerprints listed").isPresent();
        assertThat(robot.lookup("Extension: Subject Alternative Name").tryQuery()).isPresent();

        robot.clickOn("#allPolicies").clickOn("Always Trust");
        WaitForAsyncUtils.waitForFxEvents();
        Item certificate = login.items().stream().filter(i -> i.itemClass() == ItemClass.CERTIFICATE)
                .filter(i -> i.displayName().equals(TestPki.LEAF)).findFirst().orElseThrow();
        assertThat(new TrustSettings(login).of(TestPki.get().leaf.chain().get(0)).allPolicies())
                .as(certificate.displayName() + " stored as trusted").isEqualTo(TrustSetting.ALWAYS_TRUST);
        assertThat(robot.lookup("#verdictTitle").queryAs(Label.class).getText())
                .isEqualTo("This certificate is valid");
        assertThat(robot.lookup("#bannerTitle").queryAs(Label.class).getText())
                .as("the main window's banner follows").isEqualTo("This certificate is valid");

        Node inspectorEvaluate = FirstRunFlowTest.inWindowOf(robot, "#allPolicies", "#evaluateButton", Node.class);
        robot.clickOn(inspectorEvaluate);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#chainTree", "#verdict")).startsWith("Trusted");
        @SuppressWarnings("unchecked")
        TreeView<ChainLink> tree = robot.lookup("#chainTree").queryAs(TreeView.class);
        TreeItem<ChainLink> top = tree.getRoot();
        assertThat(top.getValue().name()).isEqualTo(TestPki.LEAF);
        assertThat(top.getValue().mark()).isEqualTo(ChainLink.Mark.TRUSTED);

        // Evaluated for another host name, the same certificate fails, and says why in words.
        robot.clickOn("#nameField").eraseText(TestPki.LEAF.length()).write("mail.example.test");
        robot.clickOn(FirstRunFlowTest.inWindowOf(robot, "#chainTree", "#evaluateButton", Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#chainTree", "#verdict")).startsWith("Not trusted");
        assertThat(tree.getRoot().getValue().mark()).as("a name mismatch could be overridden")
                .isEqualTo(ChainLink.Mark.WARNING);
        assertThat(robot.lookup(".finding-sentence").queryAs(Label.class).getText()).contains("mail.example.test");
    }

    @Test
    void aWrongPassphraseImportsNothing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fileImport(robot, p12);
        robot.clickOn("#passphraseField").write("not the passphrase");
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#passphraseField", "#error")).isEqualTo("The passphrase is not correct.");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        Label summary = robot.lookup(".outcome-summary").queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("Cancelled: nothing was imported from this file.");
        assertThat(login.items()).isEmpty();
    }

    @Test
    void aGarbageFileSaysWhyInOneLine(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path garbage = Files.write(app.home.resolve("files").resolve("garbage.pem"),
                "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        fileImport(robot, garbage);

        String summary = robot.lookup(".outcome-summary").queryAs(Label.class).getText();
        assertThat(summary).startsWith("Nothing imported: ").doesNotContain("\n").doesNotContain("Exception");
        assertThat(robot.lookup(".outcome-failed").tryQuery()).isPresent();
        assertThat(login.items()).isEmpty();
    }

}
