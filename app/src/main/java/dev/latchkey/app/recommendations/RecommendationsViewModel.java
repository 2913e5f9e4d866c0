package dev.latchkey.app.recommendations;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.unlock.Authenticator;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.audit.AuditReport;
import dev.latchkey.model.audit.BreachList;
import dev.latchkey.model.audit.Recommendation;
import dev.latchkey.model.audit.RecommendationKind;
import dev.latchkey.model.audit.SecurityAudit;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainListener;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Security Recommendations for one keychain: how many passwords are weak, reused, old, kept
 * with their own one-time code seed, or (against a user-chosen Have I Been Pwned list)
 * breached, and each finding with a way to the item. The audit runs off the UI thread, with
 * a progress bar and a Cancel button; it runs again when the keychain changes.
 */
public final class RecommendationsViewModel {
    private final Keychain keychain;
    private final SecurityAudit audit;
    private final TaskRunner runner;
    private final Authenticator authenticator;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final Consumer<UUID> reveal;
    private final ObservableList<Recommendation> findings = FXCollections.observableArrayList();
    private final FilteredList<Recommendation> shown = new FilteredList<>(findings);
    private final ObjectProperty<RecommendationKind> filter = new SimpleObjectProperty<>();
    private final Map<RecommendationKind, ReadOnlyIntegerWrapper> counts = new EnumMap<>(RecommendationKind.class);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper breachesChecked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper breachStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper notChecked = new ReadOnlyIntegerWrapper();
    private final KeychainListener changes;
    private Path breachList;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private boolean rerun;
    private long runs;

    /** @param reveal shows an item in the main window (selects it and opens Get Info) */
    public RecommendationsViewModel(Keychain keychain, SecurityAudit audit, TaskRunner runner,
            Authenticator authenticator, ErrorPresenter errors, Messages messages, Consumer<UUID> reveal) {
        this.keychain = keychain;
        this.audit = audit;
        this.runner = runner;
        this.authenticator = authenticator;
        this.errors = errors;
        this.messages = messages;
        this.reveal = reveal;
        for (RecommendationKind k : RecommendationKind.values()) {
            counts.put(k, new ReadOnlyIntegerWrapper());
        }
        filter.addListener((o, old, kind) -> shown.setPredicate(kind == null ? null : r -> r.kind() == kind));
        changes = k -> runner.onUi(this::keychainChanged);
        keychain.addListener(changes);
    }

    /** Runs the audit (again), with the breach list if one was chosen. */
    public void refresh() {
        if (running.get()) {
            rerun = true;
            return;
        }
        run(breachList);
    }

    /** Checks the passwords against a Have I Been Pwned SHA-1 list ("ordered by hash"). */
    public void checkBreaches(Path list) {
        if (running.get()) {
            return;
        }
        run(list);
    }

    private void run(Path list) {
        long run = ++runs;
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        rerun = false;
        error.set("");
        progress.set(list == null ? ProgressMarks.INDETERMINATE : 0);
        if (list != null) {
            breachStatus.set(messages.get("recommend.breach.checking", list.getFileName()));
        }
        ProgressMarks marks = new ProgressMarks(runner, progress, stop);
        runner.run(() -> {
            try (BreachList breaches = list == null ? null : BreachList.open(list)) {
                return audit.run(keychain, Optional.ofNullable(breaches), marks);
            }
        }).busy(running).onSuccess(report -> {
            if (run == runs) {
                show(report, list);
            }
            rerunIfAsked();
        }).onFailure(e -> {
            progress.set(0);
            if (e instanceof CancellationException) {
                breachStatus.set(list == null ? breachStatus.get() : messages.get("recommend.breach.cancelled"));
            } else if (e instanceof LatchkeyException) {
                error.set(ErrorPresenter.inlineMessage(e));
                if (list != null) {
                    breachStatus.set("");
                }
            } else {
                errors.present(e);
            }
            rerunIfAsked();
        }).start();
    }

    private void rerunIfAsked() {
        if (rerun && !keychain.isClosed()) {
            refresh();
        }
    }

    private void show(AuditReport report, Path list) {
        progress.set(1);
        findings.setAll(report.recommendations());
        report.counts().forEach((k, n) -> counts.get(k).set(n));
        notChecked.set(report.notChecked().size());
        summary.set(messages.get("recommend.summary", report.checked()));
        if (list != null) {
            breachList = list;
            breachesChecked.set(true);
            breachStatus.set(messages.get("recommend.breach.done", list.getFileName()));
        }
    }

    /** Stops the running audit; what was shown before stays. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Asks for the keychain password, then audits the items that want it too (within the minute). */
    public void checkProtected() {
        if (authenticator.authenticate(keychain, messages.get("reason.audit"))) {
            refresh();
        }
    }

    /** Shows the finding's item in the main window. */
    public void open(Recommendation r) {
        if (r != null) {
            reveal.accept(r.itemId());
        }
    }

    private void keychainChanged() {
        if (!keychain.isClosed()) {
            refresh();
        }
    }

    /** The window is closing: stop the audit and listening. */
    public void dispose() {
        cancel();
        keychain.removeListener(changes);
    }

    // ---- state for the view --------------------------------------------------------------------

    public String title() {
        return messages.get("recommend.window", keychain.ref().name());
    }

    public String keychainName() {
        return keychain.ref().name();
    }

    /** The findings of the chosen kind (all with none chosen), by kind, then item name. */
    public ObservableList<Recommendation> shown() {
        return shown;
    }

    public ObservableList<Recommendation> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    /** The kind whose findings are listed; null for all. */
    public ObjectProperty<RecommendationKind> filterProperty() {
        return filter;
    }

    public ReadOnlyIntegerProperty countProperty(RecommendationKind kind) {
        return counts.get(kind).getReadOnlyProperty();
    }

    /** 0 to 1, or {@link ProgressMarks#INDETERMINATE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether breached passwords were looked for (so a zero means "none found", not "not checked"). */
    public ReadOnlyBooleanProperty breachesCheckedProperty() {
        return breachesChecked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty breachStatusProperty() {
        return breachStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Password items left out because they ask for the keychain password. */
    public ReadOnlyIntegerProperty notCheckedProperty() {
        return notChecked.getReadOnlyProperty();
    }

    /** A kind's title, e.g. "Reused". */
    public String kindTitle(RecommendationKind kind) {
        return messages.get("recommend.kind." + kind.name());
    }

    /** What a finding of this kind means and what to do. */
    public String kindSentence(RecommendationKind kind) {
        return messages.get("recommend.sentence." + kind.name());
    }
}
