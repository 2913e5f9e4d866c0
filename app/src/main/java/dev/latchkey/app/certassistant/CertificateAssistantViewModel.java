package dev.latchkey.app.certassistant;

import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.transfer.SaveLocation;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.issuing.CertificateSpec;
import dev.latchkey.crypto.issuing.CertificationRequest;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.x509.AltName;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.issuing.KeychainIssuer;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.transfer.ExportFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Keychain Access's Certificate Assistant: pick a task (key pair, self-signed certificate,
 * certificate authority, certificate issued by a stored CA, certificate request, signing a
 * request), fill in the form (checked as it is typed), and create. The work runs off the UI
 * thread through {@link KeychainIssuer}; what is made is stored in the keychain.
 */
public final class CertificateAssistantViewModel {
    /** The wizard's pages. */
    public enum Page { INTRO, DETAILS, DONE }

    private final Keychain keychain;
    private final Clock clock;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final ItemTexts texts;
    private final Messages messages;
    private final Path folder;
    private final SubjectForm subject;
    private final CertificateForm certificate;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.INTRO);
    private final ObjectProperty<AssistantTask> task = new SimpleObjectProperty<>(AssistantTask.SELF_SIGNED);
    private final StringProperty label = new SimpleStringProperty("");
    private final ObjectProperty<KeyAlgorithm> algorithm = new SimpleObjectProperty<>(KeyAlgorithm.EC_P256);
    private final ObservableList<StoredIdentity> authorities = FXCollections.observableArrayList();
    private final ObjectProperty<StoredIdentity> issuer = new SimpleObjectProperty<>();
    private final StringProperty requestFile = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<CertificationRequest> request = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper requestSummary = new ReadOnlyStringWrapper("");
    private final StringProperty outputFile = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UUID> created = new ReadOnlyObjectWrapper<>();
    private final StringBinding problem;
    private final BooleanBinding canCreate;
    private long requestReads;

    public CertificateAssistantViewModel(Keychain keychain, Clock clock, TaskRunner runner, ErrorPresenter errors,
            ItemTexts texts, Path folder) {
        this.keychain = keychain;
        this.clock = clock;
        this.runner = runner;
        this.errors = errors;
        this.texts = texts;
        this.messages = texts.messages();
        this.folder = folder;
        this.subject = new SubjectForm(messages);
        this.certificate = new CertificateForm(messages);
        task.addListener((o, old, now) -> taskChosen(now));
        subject.commonNameProperty().addListener((o, old, now) -> suggestOutput(old, now));
        requestFile.addListener((o, old, now) -> readRequest());
        problem = Bindings.createStringBinding(this::firstProblem, dependencies());
        canCreate = Bindings.createBooleanBinding(() -> page.get() == Page.DETAILS && !busy.get()
                && problem.get().isEmpty(), page, busy, problem);
        taskChosen(task.get());
    }

    private Observable[] dependencies() {
        List<Observable> all = new java.util.ArrayList<>(List.of(task, label, algorithm, issuer, request,
                requestSummary, outputFile, subject.commonNameProperty(), subject.organizationProperty(),
                subject.unitProperty(), subject.countryProperty(), subject.emailProperty(), subject.dnsNamesProperty(),
                subject.ipAddressesProperty(), subject.emailNamesProperty(), authorities));
        all.addAll(certificate.dependencies());
        return all.toArray(Observable[]::new);
    }

    /** Loads the keychain's certificate authorities (identities that may sign certificates). */
    public void load() {
        runner.run(() -> new KeychainCertificates(keychain).identities().stream()
                .filter(i -> i.certificate().certificate().getBasicConstraints() >= 0).toList())
                .onSuccess(list -> {
                    authorities.setAll(list);
                    if (!list.isEmpty() && issuer.get() == null) {
                        issuer.set(list.get(0));
                    }
                })
                .onFailure(errors::present)
                .start();
    }

    private void taskChosen(AssistantTask now) {
        certificate.reset(now == AssistantTask.CERTIFICATE_AUTHORITY);
        error.set("");
        suggestOutput(null, subject.commonNameProperty().get());
    }

    /** The request file follows the common name until the user picks another name. */
    private void suggestOutput(String oldName, String newName) {
        String current = outputFile.get();
        String old = folder.resolve(SaveLocation.fileName(oldName == null || oldName.isBlank() ? messages.get(
                "certAssistant.requestName") : oldName, "csr")).toString();
        if (current.isEmpty() || current.equals(old)) {
            outputFile.set(folder.resolve(SaveLocation.fileName(newName.isBlank() ? messages.get(
                    "certAssistant.requestName") : newName, "csr")).toString());
        }
    }

    // ---- pages ---------------------------------------------------------------------------------

    /** Opens at the form for {@code chosen}, skipping the introduction. */
    public void startAt(AssistantTask chosen) {
        task.set(chosen);
        page.set(Page.DETAILS);
    }

    public void next() {
        if (page.get() == Page.INTRO) {
            page.set(Page.DETAILS);
        }
    }

    public void back() {
        if (page.get() == Page.DETAILS && !busy.get()) {
            error.set("");
            page.set(Page.INTRO);
        }
    }

    // ---- checking ------------------------------------------------------------------------------

    private String firstProblem() {
        AssistantTask t = task.get();
        if (t.needsSubject()) {
            String p = subject.problem();
            if (!p.isEmpty()) {
                return p;
            }
            if (t == AssistantTask.CERTIFICATE_AUTHORITY && subject.commonNameProperty().get().isBlank()) {
                return messages.get("certAssistant.needCommonName");
            }
            if (subject.isUnnamed()) {
                return messages.get("certAssistant.needName");
            }
        } else if (t == AssistantTask.KEY_PAIR && label.get().isBlank()) {
            return messages.get("certAssistant.needLabel");
        }
        if (t.makesCertificate() && !certificate.problem(isCa()).isEmpty()) {
            return certificate.problem(isCa());
        }
        if (t.needsIssuer() && issuer.get() == null) {
            return messages.get(authorities.isEmpty() ? "certAssistant.noAuthorities" : "certAssistant.noIssuer");
        }
        if (t == AssistantTask.SIGN_REQUEST && request.get() == null) {
            return requestSummary.get().isEmpty() ? messages.get("certAssistant.noRequest") : requestSummary.get();
        }
        if (t == AssistantTask.REQUEST) {
            return SaveLocation.problem(outputFile.get(), messages);
        }
        return "";
    }

    /** Whether the new certificate is a certificate authority. */
    public boolean isCa() {
        return task.get() == AssistantTask.CERTIFICATE_AUTHORITY
                || task.get() == AssistantTask.ISSUE && certificate.intermediateProperty().get();
    }

    private void readRequest() {
        long read = ++requestReads;
        request.set(null);
        requestSummary.set("");
        String text = requestFile.get().strip();
        if (text.isEmpty()) {
            return;
        }
        Path file = Path.of(text);
        if (!Files.isRegularFile(file)) {
            requestSummary.set(messages.get("certAssistant.requestMissing"));
            return;
        }
        runner.run(() -> CertificationRequest.read(Files.readAllBytes(file))).onSuccess(r -> {
            if (read == requestReads) {
                if (r.signatureValid()) {
                    request.set(r);
                    requestSummary.set(describe(r));
                } else {
                    requestSummary.set(messages.get("certAssistant.requestBadSignature"));
                }
            }
        }).onFailure(e -> {
            if (read == requestReads) {
                requestSummary.set(e instanceof DecodeException || e instanceof IOException
                        ? messages.get("certAssistant.requestUnreadable") : ErrorPresenter.inlineMessage(e));
            }
        }).start();
    }

    private String describe(CertificationRequest r) {
        String names = r.altNames().stream().map(n -> n.type() + ": " + n.value()).collect(Collectors.joining(", "));
        return messages.get(names.isEmpty() ? "certAssistant.requestFor" : "certAssistant.requestForNames",
                r.subject().getName(), names);
    }

    // ---- creating ------------------------------------------------------------------------------

    private CertificateSpec spec() {
        boolean fromRequest = task.get() == AssistantTask.SIGN_REQUEST;
        return certificate.spec(fromRequest ? null : subject.subject(), fromRequest ? List.of() : subject.altNames(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS), isCa());
    }

    /** Makes and stores what the task asks for, in the background. */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        AssistantTask t = task.get();
        String name = label.get().strip();
        KeyAlgorithm alg = algorithm.get();
        CertificateSpec spec = t.makesCertificate() ? spec() : null;
        List<AltName> names = t.needsSubject() ? subject.altNames() : List.of();
        StoredIdentity ca = issuer.get();
        CertificationRequest toSign = request.get();
        Path output = t == AssistantTask.REQUEST ? Path.of(outputFile.get().strip()).toAbsolutePath() : null;
        error.set("");
        runner.run(() -> {
            KeychainIssuer assistant = new KeychainIssuer(new KeychainCertificates(keychain));
            return switch (t) {
                case KEY_PAIR -> made(assistant.createKeyPair(alg, name));
                case SELF_SIGNED -> made(assistant.createSelfSigned(alg, spec, name));
                case CERTIFICATE_AUTHORITY -> made(assistant.createCertificateAuthority(alg, spec, name));
                case ISSUE -> made(assistant.issue(ca, alg, spec, name));
                case SIGN_REQUEST -> made(assistant.signRequest(ca, toSign, spec));
                case REQUEST -> {
                    KeychainIssuer.Request r = assistant.createRequest(alg, subject.subject(), names, name);
                    ExportFile.write(output, r.request().pem().getBytes(StandardCharsets.US_ASCII), false);
                    yield new Made(r.key(), null, output);
                }
            };
        }).busy(busy).onSuccess(this::done).onFailure(e -> {
            if (e instanceof LatchkeyException le && le.status() != Status.INTERNAL) {
                error.set(ErrorPresenter.inlineMessage(e));
            } else {
                errors.present(e);
            }
        }).start();
    }

    /** What was stored: an item, the certificate (null for a lone key), the request file (or null). */
    private record Made(Item item, StoredCertificate certificate, Path file) {
    }

    private static Made made(Item key) {
        return new Made(key, null, null);
    }

    private static Made made(StoredIdentity identity) {
        return new Made(identity.certificate().item(), identity.certificate(), null);
    }

    private static Made made(StoredCertificate certificate) {
        return new Made(certificate.item(), certificate, null);
    }

    private void done(Made made) {
        String where = keychain.ref().name();
        String what = made.item().displayName();
        resultTitle.set(messages.get("certAssistant.done." + task.get().name(), what));
        if (made.file() != null) {
            resultText.set(messages.get("certAssistant.doneRequest", made.file(), what, where));
        } else if (made.certificate() != null) {
            resultText.set(messages.get("certAssistant.doneCertificate", made.certificate().subject(),
                    made.certificate().issuer(), texts.date(made.certificate().notAfter()), where));
        } else {
            resultText.set(messages.get("certAssistant.doneKey", where));
        }
        page.set(Page.DONE);
        created.set(made.item().id());
    }

    // ---- state for the view --------------------------------------------------------------------

    public String keychainName() {
        return keychain.ref().name();
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ObjectProperty<AssistantTask> taskProperty() {
        return task;
    }

    public SubjectForm subject() {
        return subject;
    }

    /** The name of the new item in the keychain; empty means the common name. */
    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<KeyAlgorithm> algorithmProperty() {
        return algorithm;
    }

    /** Validity, certificate authority limits, key usage and purposes of a new certificate. */
    public CertificateForm certificate() {
        return certificate;
    }

    public ObservableList<StoredIdentity> authorities() {
        return authorities;
    }

    public ObjectProperty<StoredIdentity> issuerProperty() {
        return issuer;
    }

    public StringProperty requestFileProperty() {
        return requestFile;
    }

    /** What the chosen request asks for, or why it cannot be used. */
    public ReadOnlyStringProperty requestSummaryProperty() {
        return requestSummary.getReadOnlyProperty();
    }

    /** Where a new certificate request is saved. */
    public StringProperty outputFileProperty() {
        return outputFile;
    }

    /** The first thing to fix before creating, or empty. */
    public StringBinding problemBinding() {
        return problem;
    }

    public BooleanBinding canCreateBinding() {
        return canCreate;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTitleProperty() {
        return resultTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    /** The item made (a certificate, or a key), once it is stored. */
    public ReadOnlyObjectProperty<UUID> createdProperty() {
        return created.getReadOnlyProperty();
    }
}
