package dev.latchkey.app.certificates;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.trust.CertificateTrust;
import dev.latchkey.model.trust.TrustSettings;
import java.security.cert.X509Certificate;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A certificate's trust section, as in Keychain Access: "When using this certificate" (all
 * policies) and one choice per policy that wins over it. Each choice the user makes is stored
 * at once through {@link TrustSettings} in the keychain that keeps them; {@code DEFAULT} means
 * "Use System Defaults" for all policies and "no value specified" for one.
 */
public final class TrustChoices {
    private final X509Certificate certificate;
    private final Keychain keychain;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Runnable saved;
    private final ObjectProperty<TrustSetting> allPolicies = new SimpleObjectProperty<>(TrustSetting.DEFAULT);
    private final Map<PolicyKind, ObjectProperty<TrustSetting>> perPolicy = new EnumMap<>(PolicyKind.class);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** True while stored choices are shown, so showing them is not taken for the user's choice. */
    private boolean applying;

    /**
     * @param keychain where the choices are kept; null when no such keychain is unlocked (read-only)
     * @param saved    runs on the UI thread after each stored change (to check the trust again)
     */
    public TrustChoices(X509Certificate certificate, Keychain keychain, TaskRunner runner, ErrorPresenter errors,
            Runnable saved) {
        this.certificate = certificate;
        this.keychain = keychain;
        this.runner = runner;
        this.errors = errors;
        this.saved = saved;
        allPolicies.addListener((o, old, now) -> chosen(null, now));
        for (PolicyKind kind : PolicyKind.values()) {
            ObjectProperty<TrustSetting> p = new SimpleObjectProperty<>(TrustSetting.DEFAULT);
            p.addListener((o, old, now) -> chosen(kind, now));
            perPolicy.put(kind, p);
        }
    }

    /** Reads the stored choices in the background; they become editable once shown. */
    public void load() {
        if (keychain == null) {
            return;
        }
        runner.run(() -> new TrustSettings(keychain).of(certificate)).onSuccess(trust -> {
            show(trust);
            editable.set(true);
        }).onFailure(errors::present).start();
    }

    private void show(CertificateTrust trust) {
        applying = true;
        try {
            allPolicies.set(trust.allPolicies());
            perPolicy.forEach((kind, p) -> p.set(trust.get(kind)));
        } finally {
            applying = false;
        }
    }

    private void chosen(PolicyKind kind, TrustSetting setting) {
        if (applying || keychain == null || setting == null) {
            return;
        }
        runner.run(() -> new TrustSettings(keychain).set(certificate, kind, setting)).busy(busy)
                .onSuccess(trust -> {
                    show(trust);
                    saved.run();
                })
                .onFailure(e -> {
                    errors.present(e);
                    load();
                })
                .start();
    }

    /** "When using this certificate": applies to every policy without a choice of its own. */
    public ObjectProperty<TrustSetting> allPoliciesProperty() {
        return allPolicies;
    }

    public ObjectProperty<TrustSetting> policyProperty(PolicyKind kind) {
        return perPolicy.get(kind);
    }

    /** False until the stored choices are read, and always when no keychain can keep them. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The keychain that keeps the choices, or null. */
    public Keychain keychain() {
        return keychain;
    }
}
