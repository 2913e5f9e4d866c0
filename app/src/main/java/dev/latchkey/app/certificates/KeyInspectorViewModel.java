package dev.latchkey.app.certificates;

import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainListener;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.LockListener;
import dev.latchkey.model.keychain.LockState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Get Info on a private key: its type and size, its public-key hash, and the certificate it
 * pairs with in the keychain (which makes the two an identity). The key itself is read only
 * to show an unpaired key's public half in the ASN.1 viewer.
 */
public final class KeyInspectorViewModel {
    private final Keychain keychain;
    private final Item key;
    private final StoredCertificate certificate;
    private final KeychainService service;
    private final CertificateWindows windows;
    private final TaskRunner runner;
    private final Messages messages;
    private final List<DetailSection> sections;
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();
    private final LockListener lockListener;
    private final KeychainListener itemListener = k -> itemsChanged();

    /** The certificate a key pairs with in its keychain, if any: call off the UI thread. */
    public static Optional<StoredCertificate> pairedCertificate(Keychain keychain, Item key) throws LatchkeyException {
        return new KeychainCertificates(keychain).identities().stream().filter(i -> i.key().id().equals(key.id()))
                .map(StoredIdentity::certificate).findFirst();
    }

    public KeyInspectorViewModel(Keychain keychain, Item key, StoredCertificate certificate, KeychainService service,
            CertificateWindows windows, CertificateDetails details, ItemTexts texts, TaskRunner runner) {
        this.keychain = keychain;
        this.key = key;
        this.certificate = certificate;
        this.service = service;
        this.windows = windows;
        this.runner = runner;
        this.messages = texts.messages();
        List<DetailSection> all = new ArrayList<>();
        all.add(details.key(key));
        if (certificate != null) {
            all.add(new DetailSection(messages.get("key.certificate"), List.of(
                    new DetailSection.Row(messages.get("key.name"), certificate.label(), false),
                    new DetailSection.Row(messages.get("cert.subjectLine"), certificate.subject(), false),
                    new DetailSection.Row(messages.get("cert.issuerLine"), certificate.issuer(), false),
                    new DetailSection.Row(messages.get("cert.notAfter"), texts.date(certificate.notAfter()), false))));
        }
        this.sections = List.copyOf(all);
        lockListener = (ref, state) -> {
            if (state == LockState.LOCKED && ref.equals(keychain.ref())) {
                runner.onUi(this::close);
            }
        };
        service.addLockListener(lockListener);
        keychain.addListener(itemListener);
    }

    private void itemsChanged() {
        runner.onUi(() -> {
            boolean gone;
            try {
                gone = keychain.isClosed() || keychain.get(key.id()).isEmpty();
            } catch (LatchkeyException e) {
                gone = true;
            }
            if (gone && !closed.get()) {
                close();
            }
        });
    }

    /** Opens the paired certificate's inspector. */
    public void showCertificate() {
        if (certificate != null) {
            windows.inspect(keychain, certificate.item());
        }
    }

    /**
     * Opens the ASN.1 viewer on the key's public half: from the paired certificate, else derived
     * from the key itself (reading it, which may ask for the password). The private key is never shown.
     */
    public void viewAsn1() {
        if (certificate != null) {
            windows.viewAsn1(key.displayName(), certificate.certificate().getPublicKey().getEncoded());
        } else {
            windows.viewPublicKeyAsn1(keychain, key);
        }
    }

    /** Opens the export dialog for this key (always encrypted with a passphrase). */
    public void export() {
        windows.export(keychain, List.of(key));
    }

    private void close() {
        closed.set(true);
        dispose();
    }

    public void dispose() {
        service.removeLockListener(lockListener);
        keychain.removeListener(itemListener);
    }

    public String title() {
        return key.displayName();
    }

    public String subtitle() {
        return messages.get("keyInspector.subtitle", keychain.ref().name());
    }

    public List<DetailSection> sections() {
        return sections;
    }

    public boolean hasCertificate() {
        return certificate != null;
    }

    /** Why there is no certificate section, or empty when there is one. */
    public String certificateNote() {
        return certificate != null ? "" : messages.get("key.noCertificate", keychain.ref().name());
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }
}
