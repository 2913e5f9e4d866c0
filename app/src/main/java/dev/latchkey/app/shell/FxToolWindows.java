package dev.latchkey.app.shell;

import dev.latchkey.app.asn1viewer.Asn1ViewerView;
import dev.latchkey.app.asn1viewer.Asn1ViewerViewModel;
import dev.latchkey.app.certificates.TrustCheck;
import dev.latchkey.app.signature.VerifySignatureView;
import dev.latchkey.app.signature.VerifySignatureViewModel;
import dev.latchkey.app.tools.ToolWindows;
import dev.latchkey.app.toolkit.AppIcons;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.toolkit.ViewLoader;
import dev.latchkey.app.toolkit.Windows;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.keypair.KeyMatch;
import dev.latchkey.crypto.keypair.PrivateKeyReader;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CryptoErrors;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** Opens the crypto tools' windows: the ASN.1 viewer (from the File menu and the inspectors) and Verify Signature. */
final class FxToolWindows implements ToolWindows {
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final ViewLoader loader;
    private final Windows windows;
    private final FileDialogs files;
    private final SecretReader secrets;
    private final TrustCheck check;
    private final Locale locale;
    private final ZoneId zone;
    private Supplier<Keychain> trustKeychain = () -> null;

    FxToolWindows(TaskRunner runner, ErrorPresenter errors, Messages messages, ViewLoader loader, Windows windows,
            FileDialogs files, SecretReader secrets, TrustCheck check, Locale locale, ZoneId zone) {
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.loader = loader;
        this.windows = windows;
        this.files = files;
        this.secrets = secrets;
        this.check = check;
        this.locale = locale;
        this.zone = zone;
    }

    /** Where Verify Signature finds certificates and trust settings: the keychain the main window shows. */
    void trustFrom(Supplier<Keychain> keychain) {
        this.trustKeychain = keychain;
    }

    @Override
    public void openAsn1File() {
        List<Path> chosen = files.chooseToOpen(messages.get("asn1.openTitle"), List.of(
                new FileChooser.ExtensionFilter(messages.get("asn1.files"), "*.der", "*.pem", "*.crt", "*.cer",
                        "*.csr", "*.crl", "*.p7b", "*.p7s", "*.p7m", "*.p12", "*.pfx", "*.key", "*.p8", "*.cms"),
                new FileChooser.ExtensionFilter(messages.get("import.allFiles"), "*")));
        for (Path file : chosen) {
            show(String.valueOf(file.getFileName()), () -> read(file));
        }
    }

    private static byte[] read(Path file) throws LatchkeyException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot read " + file.getFileName(), e);
        }
    }

    /** The ASN.1 viewer on bytes in hand. */
    void viewAsn1(String name, byte[] der) {
        byte[] copy = der.clone();
        show(name, () -> copy);
    }

    /** The ASN.1 viewer on a private key's public half, derived from the key (read, then dropped). */
    void viewPublicKeyAsn1(Keychain keychain, Item key) {
        secrets.read(keychain, key, messages.get("asn1.viewPublicKey"), secret -> {
            try {
                viewAsn1(key.displayName(), KeyMatch.publicKeyOf(PrivateKeyReader.pkcs8(secret.bytes())).getEncoded());
            } catch (CryptoException e) {
                errors.present(CryptoErrors.map(e));
            }
        }, () -> { });
    }

    private void show(String name, Callable<byte[]> source) {
        Asn1ViewerViewModel vm = new Asn1ViewerViewModel(name, source, runner, messages);
        resizable(loader.load(new Asn1ViewerView(vm, messages)), vm.title(), 720, 480).show();
        vm.load();
    }

    @Override
    public void verifySignature() {
        VerifySignatureViewModel vm = new VerifySignatureViewModel(trustKeychain, check, runner, errors, messages,
                locale, zone);
        windows.dialog(loader.load(new VerifySignatureView(vm, messages, files)), vm.title(), false).show();
    }

    /** A window worth resizing (a long tree, many hex rows): not a dialog that sizes itself to its content. */
    private Stage resizable(Parent root, String title, double minWidth, double minHeight) {
        Stage stage = new Stage();
        stage.getIcons().setAll(AppIcons.windowIcons());
        if (windows.mainWindow() != null) {
            stage.initOwner(windows.mainWindow());
        }
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        stage.setScene(windows.scene(root));
        stage.setMinWidth(minWidth);
        stage.setMinHeight(minHeight);
        return stage;
    }
}
