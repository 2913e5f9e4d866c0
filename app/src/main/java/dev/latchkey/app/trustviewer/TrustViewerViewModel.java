package dev.latchkey.app.trustviewer;

import dev.latchkey.app.certificates.TrustCheck;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.crypto.trust.TrustResult;
import dev.latchkey.crypto.trust.TrustResultType;
import dev.latchkey.model.keychain.Keychain;
import java.security.cert.CertificateParsingException;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.transfer.CertificateImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trust viewer ("Evaluate…"): evaluates a certificate for a policy, a host name or e-mail
 * address, and a time, against System Roots and a keychain's certificates and trust settings;
 * shows the chosen chain with a mark on each link and every finding as a plain sentence,
 * grouped by certificate.
 */
public final class TrustViewerViewModel {
    private static final int SAN_EMAIL = 1;
    private static final int SAN_DNS = 2;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final X509Certificate certificate;
    private final String label;
    private final Keychain trustKeychain;
    private final TrustCheck check;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final ZoneId zone;
    private final ChainLinks links;
    private final ObjectProperty<PolicyKind> policy = new SimpleObjectProperty<>(PolicyKind.BASIC);
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty atNow = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper evaluated = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper trusted = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<TrustResultType> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ObservableList<ChainLink> chain = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper crlStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper crlError = new ReadOnlyStringWrapper("");
    private final StringBinding nameLabel;
    private final BooleanBinding nameApplies;
    private final StringBinding timeProblem;
    private final BooleanBinding canEvaluate;

    public TrustViewerViewModel(X509Certificate certificate, String label, Keychain trustKeychain, TrustCheck check,
            TaskRunner runner, ErrorPresenter errors, Messages messages, Locale locale, ZoneId zone) {
        this.certificate = certificate;
        this.label = label;
        this.trustKeychain = trustKeychain;
        this.check = check;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.zone = zone;
        this.links = new ChainLinks(messages, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone));
        Instant now = check.clock().instant();
        date.set(LocalDate.ofInstant(now, zone));
        time.set(TIME.format(LocalTime.ofInstant(now, zone)));
        nameApplies = Bindings.createBooleanBinding(
                () -> policy.get() == PolicyKind.SSL_SERVER || policy.get() == PolicyKind.SMIME, policy);
        nameLabel = Bindings.createStringBinding(() -> messages.get(policy.get() == PolicyKind.SMIME
                ? "trustViewer.email" : "trustViewer.host"), policy);
        timeProblem = Bindings.createStringBinding(() -> atNow.get() || instant() != null ? ""
                : messages.get("trustViewer.badTime"), atNow, date, time);
        canEvaluate = Bindings.createBooleanBinding(() -> !busy.get() && timeProblem.get().isEmpty(), busy,
                timeProblem);
        showCrlCount();
        suggestPolicy();
        policy.addListener((o, old, now2) -> suggestName());
    }

    /** A certificate naming host names is most likely a server's; one naming an address, S/MIME. */
    private void suggestPolicy() {
        if (!altNames(SAN_DNS).isEmpty()) {
            policy.set(PolicyKind.SSL_SERVER);
        } else if (!altNames(SAN_EMAIL).isEmpty()) {
            policy.set(PolicyKind.SMIME);
        }
        suggestName();
    }

    private void suggestName() {
        List<String> names = policy.get() == PolicyKind.SSL_SERVER ? altNames(SAN_DNS)
                : policy.get() == PolicyKind.SMIME ? altNames(SAN_EMAIL) : List.of();
        name.set(names.isEmpty() ? "" : names.get(0).replace("*.", "www."));
    }

    private List<String> altNames(int type) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names != null) {
                for (List<?> n : names) {
                    if (n.size() >= 2 && Integer.valueOf(type).equals(n.get(0)) && n.get(1) instanceof String s) {
                        out.add(s);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // A damaged SAN suggests nothing; the evaluation reports it.
        }
        return out;
    }

    /** The chosen time, or null when the date or time is not valid. */
    private Instant instant() {
        if (date.get() == null) {
            return null;
        }
        try {
            return date.get().atTime(LocalTime.parse(time.get().strip(), TIME)).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Evaluates in the background and shows the chain and findings. */
    public void evaluate() {
        if (!canEvaluate.get()) {
            return;
        }
        TrustPolicy chosen = TrustPolicy.of(policy.get(), nameApplies.get() ? name.get().strip() : null);
        Instant at = atNow.get() ? null : instant();
        runner.run(() -> check.service(trustKeychain).evaluate(certificate, List.of(), chosen, at)).busy(busy)
                .onSuccess(this::show)
                .onFailure(errors::present)
                .start();
    }

    /**
     * Reads a revocation list file in the background; its lists count for every later check
     * until the app quits (the banner's too), and the certificate is evaluated again.
     */
    public void addCrl(Path file) {
        crlError.set("");
        runner.run(() -> readCrls(file)).onSuccess(lists -> {
            check.addCrls(lists);
            showCrlCount();
            evaluate();
        }).onFailure(e -> {
            if (e instanceof LatchkeyException) {
                crlError.set(ErrorPresenter.inlineMessage(e));
            } else {
                errors.present(e);
            }
        }).start();
    }

    private List<X509CRL> readCrls(Path file) throws LatchkeyException {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot read " + file.getFileName(), e);
        }
        List<X509CRL> lists = CertificateImporter.read(data, null).crls();
        if (lists.isEmpty()) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT,
                    messages.get("trustViewer.noCrl", String.valueOf(file.getFileName())));
        }
        return lists;
    }

    private void showCrlCount() {
        crlStatus.set(messages.get("trustViewer.crls", check.crlCount()));
    }

    private void show(TrustResult r) {
        result.set(r.result());
        trusted.set(r.trusted());
        verdict.set(messages.get("trustViewer.result." + r.result().name()));
        explanation.set(messages.get(r.trusted() ? "trustViewer.explain.trusted" : r.anchored()
                ? "trustViewer.explain.anchored" : "trustViewer.explain.unanchored", label));
        chain.setAll(links.of(r));
        evaluated.set(true);
    }

    // ---- state for the view --------------------------------------------------------------------

    public String label() {
        return label;
    }

    public ObjectProperty<PolicyKind> policyProperty() {
        return policy;
    }

    /** The host name (SSL) or e-mail address (S/MIME) to check; ignored for other policies. */
    public StringProperty nameProperty() {
        return name;
    }

    public BooleanBinding nameAppliesBinding() {
        return nameApplies;
    }

    public StringBinding nameLabelBinding() {
        return nameLabel;
    }

    /** True: evaluate now; false: at {@link #dateProperty()} and {@link #timeProperty()} (HH:mm, local). */
    public BooleanProperty atNowProperty() {
        return atNow;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringBinding timeProblemBinding() {
        return timeProblem;
    }

    public BooleanBinding canEvaluateBinding() {
        return canEvaluate;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty evaluatedProperty() {
        return evaluated.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trustedProperty() {
        return trusted.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrustResultType> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** "No revocation lists loaded", "1 revocation list loaded", … */
    public ReadOnlyStringProperty crlStatusProperty() {
        return crlStatus.getReadOnlyProperty();
    }

    /** Why the last revocation list file could not be used, or empty. */
    public ReadOnlyStringProperty crlErrorProperty() {
        return crlError.getReadOnlyProperty();
    }

    /** The chosen chain, the evaluated certificate first. */
    public ObservableList<ChainLink> chain() {
        return chain;
    }
}
