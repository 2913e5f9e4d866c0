package dev.latchkey.app.certificates;

import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainListener;
import java.security.cert.X509Certificate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The header banner for the certificate selected in the main window: who issued it, when it
 * expires, and whether it is valid, expired, not yet valid, not trusted or revoked (basic
 * policy, now). Evaluated off the UI thread, again whenever the keychain whose trust settings
 * count changes.
 */
public final class TrustBannerViewModel {
    private final Supplier<Keychain> trustKeychain;
    private final TrustCheck check;
    private final TaskRunner runner;
    private final ItemTexts texts;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper visible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CertificateStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper issued = new ReadOnlyStringWrapper("");
    private final KeychainListener changed = k -> runOnUi();
    private Item shown;
    private Keychain watched;
    private long generation;

    /**
     * @param focused       the row the main window acts on
     * @param trustKeychain the keychain whose certificates and trust settings count (may give null)
     */
    public TrustBannerViewModel(ObservableValue<ItemRow> focused, Supplier<Keychain> trustKeychain, TrustCheck check,
            TaskRunner runner, ItemTexts texts) {
        this.trustKeychain = trustKeychain;
        this.check = check;
        this.runner = runner;
        this.texts = texts;
        this.messages = texts.messages();
        focused.addListener((o, old, row) -> show(row == null ? null : row.item()));
        show(focused.getValue() == null ? null : focused.getValue().item());
    }

    private void runOnUi() {
        runner.onUi(this::refresh);
    }

    private void show(Item item) {
        shown = item != null && item.itemClass() == ItemClass.CERTIFICATE ? item : null;
        refresh();
    }

    /** Evaluates the shown certificate again (after a trust setting changed). */
    public void refresh() {
        long gen = ++generation;
        Item item = shown;
        visible.set(item != null);
        if (item == null) {
            watch(null);
            return;
        }
        Keychain keychain = trustKeychain.get();
        watch(keychain);
        checking.set(true);
        status.set(null);
        title.set(messages.get("banner.checking"));
        detail.set("");
        issued.set("");
        runner.run(() -> {
            X509Certificate certificate = CertificateAttributes.certificate(item);
            return new Checked(certificate, check.verdict(certificate, keychain));
        }).onSuccess(checked -> {
            if (gen == generation) {
                checking.set(false);
                status.set(checked.verdict().status());
                title.set(checked.verdict().title(messages));
                detail.set(checked.verdict().detail(messages));
                issued.set(issuedLine(checked.certificate()));
            }
        }).onFailure(e -> {
            if (gen == generation) {
                checking.set(false);
                status.set(CertificateStatus.NOT_TRUSTED);
                title.set(messages.get("banner.NOT_TRUSTED"));
                detail.set(messages.get("banner.failed", ErrorPresenter.inlineMessage(e)));
            }
        }).start();
    }

    private record Checked(X509Certificate certificate, TrustVerdict verdict) {
    }

    /** "Issued by Example CA · Expires 4 Mar 2027, 09:30". */
    private String issuedLine(X509Certificate certificate) {
        String issuer = CertificateAttributes.commonName(certificate.getIssuerX500Principal())
                .orElse(certificate.getIssuerX500Principal().getName());
        boolean past = certificate.getNotAfter().toInstant().isBefore(check.clock().instant());
        return messages.get(past ? "banner.issuedExpired" : "banner.issued", issuer,
                texts.date(certificate.getNotAfter().toInstant()));
    }

    private void watch(Keychain keychain) {
        if (watched == keychain) {
            return;
        }
        if (watched != null) {
            watched.removeListener(changed);
        }
        watched = keychain;
        if (keychain != null) {
            keychain.addListener(changed);
        }
    }

    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Null while checking or when no certificate is selected. */
    public ReadOnlyObjectProperty<CertificateStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty issuedProperty() {
        return issued.getReadOnlyProperty();
    }
}
