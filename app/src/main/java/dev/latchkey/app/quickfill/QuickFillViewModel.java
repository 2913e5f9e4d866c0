package dev.latchkey.app.quickfill;

import dev.latchkey.app.autotype.AutoTyping;
import dev.latchkey.app.clipboard.ClipboardGuard;
import dev.latchkey.app.codes.CodeCopier;
import dev.latchkey.app.hotkey.GlobalShortcut;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.autofill.AutofillTarget;
import dev.latchkey.model.autofill.CredentialMatch;
import dev.latchkey.model.autofill.CredentialMatcher;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Quick Fill: find a credential fast and put its parts on the clipboard. A typed or pasted
 * URL is matched the way AutoFill matches (origin, host, registrable domain, associated
 * sites); other text searches names, accounts and addresses, over every unlocked keychain.
 * Enter copies the password, Ctrl+B the account, Ctrl+T the one-time code; Ctrl+Enter copies
 * account, then password, then code, one step per key press; Ctrl+Shift+V auto-types. Every
 * copy goes through {@link QuickFillCopier}.
 */
public final class QuickFillViewModel {
    static final int LIMIT = 50;
    /** A host name with a dot (github.com, login.example.co.uk:8443/path): looked up as a URL. */
    private static final Pattern HOST_LIKE = Pattern.compile(
            "(?i)^[a-z0-9-]+(\\.[a-z0-9-]+)+(:\\d{1,5})?([/?#]\\S*)?$");

    private final UnlockedKeychains keychains;
    private final CredentialMatcher matcher;
    private final QuickFillCopier copier;
    private final AutoTyping autoTyping;
    private final ObservableValue<GlobalShortcut> shortcut;
    private final StringBinding shortcutHint;
    private final ItemTexts texts;
    private final TaskRunner runner;
    private final Messages messages;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<QuickFillResult> results = FXCollections.observableArrayList();
    private final ObjectProperty<QuickFillResult> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper mode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper closeRequested = new ReadOnlyBooleanWrapper();
    private long searches;
    /** A search is on its way; keys pressed meanwhile wait for its results. */
    private boolean searching;
    private Runnable afterSearch;

    /** The keychains Quick Fill searches: the unlocked ones (listing them touches the disk). */
    @FunctionalInterface
    public interface UnlockedKeychains {
        List<Keychain> list() throws LatchkeyException;
    }

    public QuickFillViewModel(UnlockedKeychains keychains, CredentialMatcher matcher, SecretReader secrets,
            CodeCopier codes, ClipboardGuard clipboard, AutoTyping autoTyping, ObservableValue<GlobalShortcut> shortcut,
            ItemTexts texts,
            TaskRunner runner, Messages messages) {
        this.keychains = keychains;
        this.matcher = matcher;
        this.copier = new QuickFillCopier(secrets, codes, clipboard, messages, status::set);
        this.autoTyping = autoTyping;
        this.shortcut = shortcut;
        this.shortcutHint = Bindings.createStringBinding(this::describeShortcut, shortcut);
        this.texts = texts;
        this.runner = runner;
        this.messages = messages;
        query.addListener((o, old, now) -> search());
        search();
    }

    // ---- searching -----------------------------------------------------------------------------

    /** Whether the text is taken as an address (matched like AutoFill) rather than search words. */
    static boolean looksLikeUrl(String text) {
        String t = text.strip();
        return !t.isEmpty() && !t.contains(" ") && (t.contains("://") || HOST_LIKE.matcher(t).matches());
    }

    private void search() {
        long search = ++searches;
        searching = true;
        String text = query.get().strip();
        boolean url = looksLikeUrl(text);
        Callable<List<QuickFillResult>> work = () -> url ? match(text) : find(text);
        runner.run(work).onSuccess(found -> {
            if (search != searches) {
                return;
            }
            results.setAll(found);
            // The best match first, as in a launcher: new text means a new choice.
            selected.set(found.isEmpty() ? null : found.get(0));
            mode.set(url ? messages.get("quickfill.mode.url") : "");
            if (!copier.isRunning()) {
                status.set(found.isEmpty() ? emptyText(text, url) : "");
            }
            settled();
        }).onFailure(e -> {
            if (search == searches) {
                results.clear();
                status.set(ErrorPresenter.inlineMessage(e));
                settled();
            }
        }).start();
    }

    private void settled() {
        searching = false;
        Runnable waiting = afterSearch;
        afterSearch = null;
        if (waiting != null) {
            waiting.run();
        }
    }

    /**
     * Runs a key's action on the results of what has been typed: someone who types a name and
     * presses Enter at once means the new best match, not the one still selected.
     */
    private void onSettledResults(Runnable action) {
        if (searching) {
            afterSearch = action;
        } else {
            action.run();
        }
    }

    private String emptyText(String text, boolean url) {
        return text.isEmpty() ? messages.get("quickfill.empty") : url ? messages.get("quickfill.noMatchUrl", text)
                : messages.get("quickfill.noMatch", text);
    }

    private List<Keychain> unlocked() throws LatchkeyException {
        List<Keychain> open = keychains.list();
        if (open.isEmpty()) {
            throw new LatchkeyException(dev.latchkey.model.Status.KEYCHAIN_LOCKED, messages.get("quickfill.locked"));
        }
        return open;
    }

    private List<QuickFillResult> match(String url) throws LatchkeyException {
        AutofillTarget target = AutofillTarget.forUrl(url);
        List<QuickFillResult> out = new ArrayList<>();
        for (Keychain k : unlocked()) {
            for (CredentialMatch m : matcher.rank(target, k.items())) {
                out.add(new QuickFillResult(k, m.item(), m.matchedOn(), m.insecure()));
            }
        }
        if (out.isEmpty()) {
            return find(url);
        }
        return out.size() > LIMIT ? out.subList(0, LIMIT) : out;
    }

    private List<QuickFillResult> find(String text) throws LatchkeyException {
        List<QuickFillResult> out = new ArrayList<>();
        for (Keychain k : unlocked()) {
            for (Item item : k.search(text)) {
                if (item.itemClass().isPassword() || item.attributes().has(Attribute.OTP)) {
                    out.add(new QuickFillResult(k, item, texts.where(item), false));
                }
            }
        }
        out.sort(Comparator.comparing((QuickFillResult r) -> r.name().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.keychain().ref().name()));
        return out.size() > LIMIT ? List.copyOf(out.subList(0, LIMIT)) : out;
    }

    // ---- copying -------------------------------------------------------------------------------

    /** Enter: the password (of a code-only item, its code); Quick Fill closes once it is copied. */
    public void copyPassword() {
        onSettledResults(() -> withSelected(r -> {
            if (r.hasPassword()) {
                copier.copyPassword(r, this::requestClose);
            } else {
                copier.copyCode(r, this::requestClose);
            }
        }));
    }

    /** Ctrl+B: the account name. */
    public void copyAccount() {
        onSettledResults(() -> withSelected(r -> copier.copyAccount(r, this::requestClose)));
    }

    /** Ctrl+T: the current one-time code (for a counter-based code, the next one). */
    public void copyCode() {
        onSettledResults(() -> withSelected(r -> copier.copyCode(r, this::requestClose)));
    }

    /**
     * Ctrl+Enter: copies the account now, then the password and then the code, each once the
     * part before has been pasted (where the clipboard tells) or at the next key press here.
     */
    public void startSequence() {
        onSettledResults(() -> withSelected(copier::startSequence));
    }

    /** A key was pressed in Quick Fill while the sequence runs: copy the next part. */
    public void keyPressed() {
        copier.keyPressed();
    }

    /** Escape while the sequence runs, or another action: stop it. */
    public void stopSequence() {
        copier.stop();
    }

    private void withSelected(Consumer<QuickFillResult> action) {
        QuickFillResult r = selected.get();
        if (r != null) {
            action.accept(r);
        }
    }

    private void requestClose() {
        closeRequested.set(true);
    }

    // ---- auto-type -----------------------------------------------------------------------------

    /** Ctrl+Shift+V: Quick Fill closes and the item's sequence is typed into the previous window. */
    public void autoType() {
        onSettledResults(() -> withSelected(r -> {
            copier.stop();
            autoTyping.perform(r.keychain(), r.item(), this::requestClose, status::set);
        }));
    }

    /** What the footer says about auto-type: its keys, or why it cannot work here. */
    public String autoTypeHint() {
        String unavailable = autoTyping.unavailableText();
        if (!unavailable.isEmpty()) {
            return messages.get("autotype.off", unavailable);
        }
        String caveat = autoTyping.caveatText();
        return caveat.isEmpty() ? messages.get("quickfill.autotype.on")
                : messages.get("quickfill.autotype.on") + " " + caveat;
    }

    /** What the footer says about Ctrl+Enter: whether pasting moves the sequence on, or a key press. */
    public String sequenceHint() {
        return copier.sequenceHint();
    }

    /** What the footer says about the system-wide shortcut: that it works, or why only in Latchkey. */
    public StringBinding shortcutHintBinding() {
        return shortcutHint;
    }

    private String describeShortcut() {
        GlobalShortcut s = shortcut.getValue();
        if (s.unavailable().isPresent()) {
            return messages.get("quickfill.shortcut.off", s.keys(),
                    messages.get("quickfill.shortcut.unavailable." + s.unavailable().get()));
        }
        String on = messages.get("quickfill.shortcut.on", s.keys());
        return s.caveat().map(c -> on + " " + messages.get("quickfill.shortcut.unavailable." + c)).orElse(on);
    }

    /** A keychain was unlocked or locked: search again over the keychains unlocked now. */
    public void keychainsChanged() {
        search();
    }

    /** Quick Fill is shown again: a fresh search, no leftover sequence. */
    public void reopened() {
        closeRequested.set(false);
        stopSequence();
        search();
    }

    /** Moves the selection up or down the results. */
    public void move(int by) {
        if (results.isEmpty()) {
            return;
        }
        int i = results.indexOf(selected.get());
        selected.set(results.get(Math.max(0, Math.min(results.size() - 1, i + by))));
    }

    // ---- state for the view --------------------------------------------------------------------

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<QuickFillResult> results() {
        return results;
    }

    public ObjectProperty<QuickFillResult> selectedProperty() {
        return selected;
    }

    /** "Matching the address" while the query is a URL, else "". */
    public ReadOnlyStringProperty modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** What just happened or what to do next (e.g. the sequence's next step). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sequenceRunningProperty() {
        return copier.runningProperty();
    }

    /** Set once a copy is done: the window hides. */
    public ReadOnlyBooleanProperty closeRequestedProperty() {
        return closeRequested.getReadOnlyProperty();
    }
}
