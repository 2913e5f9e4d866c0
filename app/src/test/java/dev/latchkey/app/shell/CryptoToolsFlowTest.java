package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.codesign.JarSigning;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.model.issuing.KeychainIssuer;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.crypto.interop.TestJars;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.trust.TrustSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The crypto tools through the window: File &gt; Open ASN.1 File… and a certificate's
 * View ASN.1… show the element tree with the selection marked in the hex pane; File &gt;
 * Verify Signature… checks a signed JAR and explains the verdict.
 */
@ExtendWith(ApplicationExtension.class)
class CryptoToolsFlowTest {
    private final TestApp app = new TestApp();
    private Keychain login;

    @Start
    void start(Stage stage) throws Exception {
        login = app.service.unlock(app.service.create("login", TestKeychains.password()), TestKeychains.password());
        TestKeychains.importTestPki(login);
        new TrustSettings(login).set(TestPki.signers().root.certificate(), null, TrustSetting.ALWAYS_TRUST);
        new KeychainIssuer(new KeychainCertificates(login)).createKeyPair(KeyAlgorithm.EC_P256, "Lone key");
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
        app.deleteHome();
    }

    private static Node treeCell(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof TreeCell<?> c && text.equals(c.getText())).query();
    }

    private static long marked(FxRobot robot, String styleClass) {
        return robot.lookup((Node n) -> n instanceof Text t && t.getStyleClass().contains(styleClass)).queryAll().size();
    }

    @Test
    void openAnAsn1FileAndSelectAnElement(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Files.createDirectories(app.home.resolve("files")).resolve("leaf.pem");
        Files.writeString(file, PemWriter.encode("CERTIFICATE", TestPki.get().leaf.certificate().getEncoded()));
        app.filesToOpen.add(List.of(file));
        robot.clickOn("File").clickOn("Open ASN.1 File…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).startsWith("PEM “CERTIFICATE”: ");
        assertThat(robot.lookup("#tagValue").queryAs(Label.class).getText()).startsWith("SEQUENCE, constructed");

        robot.clickOn(treeCell(robot, "OBJECT IDENTIFIER  2.5.4.3 (CN)"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#valueValue").queryAs(Label.class).getText()).isEqualTo("2.5.4.3 (CN)");
        assertThat(marked(robot, "hex-header")).as("tag and length bytes marked").isEqualTo(2);
        assertThat(marked(robot, "hex-content")).as("the OID's three bytes marked").isEqualTo(3);
    }

    @Test
    void viewTheAsn1OfACertificateFromItsInspector(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("My Certificates");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(FirstRunFlowTest.cell(robot, TestPki.LEAF));
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(FirstRunFlowTest.cell(robot, TestPki.LEAF), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(FirstRunFlowTest.inWindowOf(robot, "#allPolicies", "#asn1Button", Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#heading").queryAs(Label.class).getText()).isEqualTo(TestPki.LEAF);
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).endsWith("bytes of DER/BER");
        int length = TestPki.get().leaf.certificate().getEncoded().length;
        assertThat(robot.lookup("#tagValue").queryAs(Label.class).getText()).startsWith("SEQUENCE, constructed");
        assertThat(robot.lookup("#positionValue").queryAs(Label.class).getText()).endsWith("(" + length + " in all)");
    }

    @Test
    void viewThePublicHalfOfALoneKey(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Keys");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(FirstRunFlowTest.cell(robot, "Lone key"));
        robot.doubleClickOn(FirstRunFlowTest.cell(robot, "Lone key"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#asn1Button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#heading").queryAs(Label.class).getText()).isEqualTo("Lone key");
        assertThat(robot.lookup((Node n) -> n instanceof TreeCell<?> c && c.getText() != null
                && c.getText().startsWith("OBJECT IDENTIFIER  1.2.840.10045.2.1")).tryQuery())
                .as("a SubjectPublicKeyInfo of an EC key").isPresent();
        assertThat(robot.lookup((Node n) -> n instanceof TreeCell<?> c && c.getText() != null
                && c.getText().contains("PRIVATE")).tryQuery()).isEmpty();
    }

    @Test
    void verifyASignedJar(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path dir = Files.createDirectories(app.home.resolve("files"));
        Path jar = TestJars.write(dir.resolve("app.jar"), List.of("dev/example/Main.class"));
        TestPki.Signers pki = TestPki.signers();
        JarSigning.sign(jar, jar, pki.ec.privateKey(), pki.ec.chain(), "Alice", null);
        robot.clickOn("File").clickOn("Verify Signature…");
        WaitForAsyncUtils.waitForFxEvents();
        app.filesToOpen.add(List.of(jar));
        robot.clickOn("#chooseButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#verdict").queryAs(Label.class).getText()).isEqualTo("Valid: signed by a trusted signer");
        assertThat(robot.lookup("#entries").queryAs(Label.class).getText()).startsWith("1 signed, 0 unsigned");
        assertThat(robot.lookup("#signer").queryAs(Label.class).getText()).isEqualTo("CN=Alice (EC),O=Latchkey");

        app.filesToOpen.add(List.of(Files.writeString(dir.resolve("notes.txt"), "not a jar")));
        robot.clickOn("#chooseButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#fileError").queryAs(Label.class).getText()).startsWith("The file is not a JAR");
    }
}
