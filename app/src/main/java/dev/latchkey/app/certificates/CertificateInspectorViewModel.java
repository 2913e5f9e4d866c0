package dev.latchkey.app.certificates;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainListener;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.LockListener;
import dev.latchkey.model.keychain.LockState;
import dev.latchkey.model.trust.SystemRoots;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Get Info on a certificate or identity (of a keychain or of System Roots): every field and
 * extension, the fingerprints and PEM, the private key of an identity, the trust banner, and
 * the trust section. Closes when a keychain it depends on locks or the item is deleted.
 */
public final class CertificateInspectorViewModel {
    private final InspectedCertificate inspected;
    private final Keychain trustKeychain;
    private final KeychainService service;
    private final TrustCheck check;
    private final CertificateWindows windows;
    private final TaskRunner runner;
    private final Messages messages;
    private final List<DetailSection> sections;
    private final TrustChoices trust;
    private final ReadOnlyObjectWrapper<CertificateStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper verdictTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdictDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();
    private final LockListener lockListener;
    private final KeychainListener itemListener = k -> runOnUiItemsChanged();
    private long generation;

    /**
     * @param trustKeychain where trust settings are read and kept: the certificate's own keychain,
     *                      for System Roots the default keychain when unlocked, else null
     */
    public CertificateInspectorViewModel(InspectedCertificate inspected, Keychain trustKeychain,
            KeychainService service, TrustCheck check, CertificateWindows windows, CertificateDetails details,
            TaskRunner runner, ErrorPresenter errors, Messages messages) {
        this.inspected = inspected;
        this.trustKeychain = trustKeychain;
        this.service = service;
        this.check = check;
        this.windows = windows;
        this.runner = runner;
        this.messages = messages;
        List<DetailSection> all = new ArrayList<>(details.of(inspected.description()));
        if (inspected.isIdentity()) {
            all.add(2, details.key(inspected.key()));
        }
        this.sections = List.copyOf(all);
        this.trust = new TrustChoices(inspected.certificate(), trustKeychain, runner, errors, this::checkTrust);
        lockListener = (ref, state) -> {
            if (state == LockState.LOCKED && (inspected.keychain() != null && ref.equals(inspected.keychain().ref())
                    || trustKeychain != null && ref.equals(trustKeychain.ref()))) {
                runner.onUi(this::close);
            }
        };
        service.addLockListener(lockListener);
        if (inspected.keychain() != null) {
            inspected.keychain().addListener(itemListener);
        }
        trust.load();
        checkTrust();
    }

    /** Evaluates the certificate again for the banner (basic policy, now). */
    public void checkTrust() {
        long gen = ++generation;
        checking.set(true);
        if (status.get() == null) {
            verdictTitle.set(messages.get("banner.checking"));
        }
        runner.run(() -> check.verdict(inspected.certificate(), trustKeychain)).onSuccess(v -> {
            if (gen == generation) {
                checking.set(false);
                status.set(v.status());
                verdictTitle.set(v.title(messages));
                verdictDetail.set(v.detail(messages));
            }
        }).onFailure(e -> {
            if (gen == generation) {
                checking.set(false);
                status.set(CertificateStatus.NOT_TRUSTED);
                verdictTitle.set(messages.get("banner.NOT_TRUSTED"));
                verdictDetail.set(messages.get("banner.failed", ErrorPresenter.inlineMessage(e)));
            }
        }).start();
    }

    private void runOnUiItemsChanged() {
        runner.onUi(() -> {
            if (closed.get()) {
                return;
            }
            Keychain k = inspected.keychain();
            boolean gone;
            try {
                gone = k.isClosed() || k.get(inspected.item().id()).isEmpty();
            } catch (LatchkeyException e) {
                gone = true;
            }
            if (gone) {
                close();
            }
        });
    }

    /** Opens the trust viewer for this certificate. */
    public void evaluate() {
        windows.evaluate(inspected.item(), trustKeychain);
    }

    /** Opens the ASN.1 viewer on the certificate's DER. */
    public void viewAsn1() {
        try {
            windows.viewAsn1(inspected.item().displayName(), inspected.certificate().getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("a decoded certificate re-encodes", e);
        }
    }

    /** Opens the export dialog for this certificate (with its key, for an identity). */
    public void export() {
        windows.export(inspected.keychain(), List.of(inspected.item()));
    }

    private void close() {
        closed.set(true);
        dispose();
    }

    /** The window is going away: stop listening. */
    public void dispose() {
        service.removeLockListener(lockListener);
        if (inspected.keychain() != null) {
            inspected.keychain().removeListener(itemListener);
        }
    }

    // ---- state for the view --------------------------------------------------------------------

    public Item item() {
        return inspected.item();
    }

    public boolean isIdentity() {
        return inspected.isIdentity();
    }

    public String title() {
        return inspected.item().displayName();
    }

    /** "Identity in “login”", "Certificate in “login”", "Root certificate in System Roots". */
    public String subtitle() {
        if (inspected.isSystemRoot()) {
            return messages.get("certInspector.subtitle.root", SystemRoots.NAME);
        }
        return messages.get(inspected.isIdentity() ? "certInspector.subtitle.identity" : "certInspector.subtitle.cert",
                inspected.keychain().ref().name());
    }

    public List<DetailSection> sections() {
        return sections;
    }

    /** The certificate as PEM text (public: safe to show and copy). */
    public String pem() {
        return inspected.description().pem();
    }

    public TrustChoices trust() {
        return trust;
    }

    /** Where the trust choices are kept, or why they cannot be changed. */
    public String trustNote() {
        if (trustKeychain == null) {
            return messages.get("trust.noKeychain");
        }
        return messages.get(inspected.isSystemRoot() ? "trust.keptInDefault" : "trust.kept",
                trustKeychain.ref().name());
    }

    public ReadOnlyObjectProperty<CertificateStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictTitleProperty() {
        return verdictTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictDetailProperty() {
        return verdictDetail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }
}
