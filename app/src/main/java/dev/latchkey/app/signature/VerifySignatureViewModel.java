package dev.latchkey.app.signature;

import dev.latchkey.app.certificates.TrustCheck;
import dev.latchkey.app.trustviewer.ChainLink;
import dev.latchkey.app.trustviewer.ChainLinks;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.codesign.JarReport;
import dev.latchkey.crypto.codesign.TimestampReport;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.codesign.CodeSignatureVerdict;
import dev.latchkey.model.codesign.CodeSigning;
import dev.latchkey.model.codesign.SignerTrust;
import dev.latchkey.model.keychain.Keychain;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javax.security.auth.x500.X500Principal;

/**
 * Verify Signature (File menu): checks a signed JAR as {@code latchkey codesign --verify}
 * does and explains the answer as the trust viewer does: a verdict, which entries the
 * signature covers and which it does not, the timestamp, and the signer's chain with a mark
 * on each certificate and every finding in plain words.
 */
public final class VerifySignatureViewModel {
    private final Supplier<Keychain> trustKeychain;
    private final TrustCheck check;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final ChainLinks links;
    private final DateTimeFormatter times;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CodeSignatureVerdict.Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper verified = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fileError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper entries = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper signer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper algorithms = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timestamp = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper evaluation = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<ChainLink> chain = FXCollections.observableArrayList();

    /**
     * @param trustKeychain the keychain whose certificates and trust settings count (may give null)
     */
    public VerifySignatureViewModel(Supplier<Keychain> trustKeychain, TrustCheck check, TaskRunner runner,
            ErrorPresenter errors, Messages messages, Locale locale, ZoneId zone) {
        this.trustKeychain = trustKeychain;
        this.check = check;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.links = new ChainLinks(messages, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone));
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    }

    /** Verifies {@code jar} in the background; a file that is not a JAR is said inline. */
    public void verify(Path jar) {
        file.set(jar);
        fileName.set(String.valueOf(jar.getFileName()));
        fileError.set("");
        Keychain keychain = trustKeychain.get();
        runner.run(() -> CodeSigning.verify(jar, check.service(keychain), check.clock().instant())).busy(busy)
                .onSuccess(this::show)
                .onFailure(e -> {
                    verified.set(false);
                    if (e instanceof LatchkeyException) {
                        fileError.set(ErrorPresenter.inlineMessage(e));
                    } else {
                        errors.present(e);
                    }
                }).start();
    }

    private void show(CodeSignatureVerdict v) {
        JarReport r = v.report();
        CodeSignatureVerdict.Outcome o = v.outcome();
        outcome.set(o);
        verdict.set(messages.get("verifySignature.outcome." + o.name()));
        explanation.set(messages.get("verifySignature.explain." + o.name(), fileName.get()));
        entries.set(messages.get("verifySignature.entries", r.signedEntries().size(), r.unsignedEntries().size(),
                r.tamperedEntries().size(), String.join(", ", r.manifestDigests())));
        List<String> lines = new ArrayList<>();
        r.tamperedEntries().forEach(t -> lines.add(messages.get("verifySignature.changed", t.entry(), t.reason())));
        r.unsignedEntries().forEach(u -> lines.add(messages.get("verifySignature.unsigned", u)));
        problems.setAll(lines);
        if (v.signers().isEmpty()) {
            signer.set("");
            algorithms.set("");
            timestamp.set("");
            evaluation.set("");
            chain.clear();
        } else {
            showSigner(v.signers().get(0), v.signers().size());
        }
        verified.set(true);
    }

    private void showSigner(SignerTrust s, int count) {
        String name = s.signer().certificate().getSubjectX500Principal().getName(X500Principal.RFC2253);
        signer.set(count == 1 ? name : messages.get("verifySignature.signerOfMany", name, count));
        algorithms.set(s.signer().signatureValid() ? messages.get("verifySignature.algorithms",
                s.signer().digestAlgorithm(), s.signer().signatureAlgorithm())
                : messages.get("verifySignature.badSignature", s.signer().problem()));
        timestamp.set(s.signer().timestamp().map(this::timestampText).orElse(messages.get("verifySignature.noTimestamp")));
        evaluation.set(messages.get(s.atTimestamp() ? "verifySignature.atTimestamp" : "verifySignature.atNow",
                times.format(s.evaluatedAt())));
        chain.setAll(links.of(s.trust()));
    }

    private String timestampText(TimestampReport t) {
        String tsa = t.tsaChain().isEmpty() ? "?" : dev.latchkey.model.certificates.CertificateAttributes
                .commonName(t.tsaChain().get(0).getSubjectX500Principal()).orElse("?");
        return t.valid() ? messages.get("verifySignature.timestamp", times.format(t.time()), tsa)
                : messages.get("verifySignature.badTimestamp", t.problem());
    }

    // ---- state for the view --------------------------------------------------------------------

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** Why the chosen file could not be checked (not a JAR, unreadable), or empty. */
    public ReadOnlyStringProperty fileErrorProperty() {
        return fileError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CodeSignatureVerdict.Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** A result is shown. */
    public ReadOnlyBooleanProperty verifiedProperty() {
        return verified.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signerProperty() {
        return signer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty algorithmsProperty() {
        return algorithms.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timestampProperty() {
        return timestamp.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    /** Changed and unsigned entries, one sentence each. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The first signer's chain, the signer first. */
    public ObservableList<ChainLink> chain() {
        return chain;
    }

    public String title() {
        return messages.get("verifySignature.window");
    }
}
