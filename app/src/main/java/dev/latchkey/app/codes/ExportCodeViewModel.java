package dev.latchkey.app.codes;

import dev.latchkey.app.clipboard.ClipboardGuard;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.otp.OtpQrCodes;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Export of one code, after the keychain password: its QR code (to scan into a phone) and
 * its {@code otpauth://} URI (to copy, or to reveal), and the QR code saved as a PNG readable
 * only by its owner. Owns the URI and the PNG bytes and wipes them when the window closes.
 */
public final class ExportCodeViewModel {
    static final int QR_SIZE = 320;

    private final String itemName;
    private final ClipboardGuard clipboard;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private char[] uri;
    private final ReadOnlyObjectWrapper<byte[]> png = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper revealed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** Takes ownership of {@code uri}. */
    public ExportCodeViewModel(String itemName, char[] uri, ClipboardGuard clipboard, TaskRunner runner,
            ErrorPresenter errors, Messages messages) {
        this.itemName = itemName;
        this.uri = uri;
        this.clipboard = clipboard;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        char[] copy = uri.clone();
        runner.run(() -> {
            try {
                return OtpQrCodes.png(copy, QR_SIZE);
            } finally {
                Wipe.chars(copy);
            }
        }).busy(busy).onSuccess(png::set).onFailure(this::fail).start();
    }

    public String title() {
        return messages.get("export.title", itemName);
    }

    /** Puts the URI on the clipboard until the clipboard delay runs out. */
    public void copyUri() {
        if (uri != null) {
            clipboard.copySecret(uri, messages.get("clipboard.uri", itemName));
            notice.set(messages.get("export.copied"));
        }
    }

    /** Shows the URI as text (a String from here on, until hidden or closed). */
    public void revealUri(boolean show) {
        revealed.set(show && uri != null ? new String(uri) : "");
    }

    /** Writes the QR code as a PNG (owner-only permissions where the file system has them). */
    public void saveQr(Path file) {
        if (uri == null) {
            return;
        }
        char[] copy = uri.clone();
        error.set("");
        runner.runAction(() -> {
            try {
                OtpQrCodes.writePng(copy, OtpQrCodes.DEFAULT_SIZE, file);
            } finally {
                Wipe.chars(copy);
            }
        }).busy(busy).onSuccess(v -> notice.set(messages.get("export.saved", file.getFileName())))
                .onFailure(this::fail).start();
    }

    private void fail(Throwable e) {
        if (e instanceof LatchkeyException) {
            error.set(ErrorPresenter.inlineMessage(e));
        } else {
            errors.present(e);
        }
    }

    /** The window is closing: wipe the URI and the image. */
    public void dispose() {
        Wipe.chars(uri);
        uri = null;
        byte[] image = png.get();
        if (image != null) {
            java.util.Arrays.fill(image, (byte) 0);
        }
        png.set(null);
        revealed.set("");
    }

    /** The QR code as PNG bytes, once drawn. */
    public ReadOnlyObjectProperty<byte[]> pngProperty() {
        return png.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public String itemName() {
        return itemName;
    }
}
