package dev.latchkey.app.quickfill;

import dev.latchkey.app.clipboard.ClipboardGuard;
import dev.latchkey.app.codes.CodeCopier;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.crypto.secret.Wipe;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Puts a Quick Fill result's parts on the clipboard: one part at a time, or account, then
 * password, then code as a sequence, each once the part before has been pasted (where the
 * clipboard tells) or at the next key press in Quick Fill. Every copy goes through the
 * {@link ClipboardGuard}, which clears it after the clipboard delay.
 */
final class QuickFillCopier {
    private final SecretReader secrets;
    private final CodeCopier codes;
    private final ClipboardGuard clipboard;
    private final Messages messages;
    private final Consumer<String> status;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private CopySequence sequence;

    QuickFillCopier(SecretReader secrets, CodeCopier codes, ClipboardGuard clipboard, Messages messages,
            Consumer<String> status) {
        this.secrets = secrets;
        this.codes = codes;
        this.clipboard = clipboard;
        this.messages = messages;
        this.status = status;
    }

    /** The password, after the keychain's reveal rules; {@code copied} runs once it is on the clipboard. */
    void copyPassword(QuickFillResult r, Runnable copied) {
        stop();
        copyPasswordOf(r, copied);
    }

    /** The account name; says so instead when the item has none. */
    void copyAccount(QuickFillResult r, Runnable copied) {
        stop();
        if (r.account().isEmpty()) {
            status.accept(messages.get("quickfill.noAccount", r.name()));
            return;
        }
        copyAccountOf(r);
        copied.run();
    }

    /** The current one-time code (for a counter-based code, the next one); says so when there is none. */
    void copyCode(QuickFillResult r, Runnable copied) {
        stop();
        if (!r.hasCode()) {
            status.accept(messages.get("quickfill.noCode", r.name()));
            return;
        }
        codes.copy(r.keychain(), r.item(), code -> copied.run());
    }

    private void copyAccountOf(QuickFillResult r) {
        char[] account = r.account().toCharArray();
        try {
            clipboard.copySecret(account, messages.get("clipboard.account", r.name()));
        } finally {
            Wipe.chars(account);
        }
    }

    private void copyPasswordOf(QuickFillResult r, Runnable copied) {
        secrets.read(r.keychain(), r.item(), messages.get("reason.copy", r.name()), secret -> {
            char[] chars = secret.toChars();
            try {
                clipboard.copySecret(chars, messages.get("clipboard.password", r.name()));
            } finally {
                Wipe.chars(chars);
            }
            copied.run();
        }, () -> { });
    }

    /** Copies the result's first part now and the others one by one after it. */
    void startSequence(QuickFillResult r) {
        stop();
        CopySequence s = new CopySequence(r);
        if (s.steps().isEmpty()) {
            return;
        }
        sequence = s;
        running.set(true);
        next();
    }

    /** A key was pressed in Quick Fill: while the sequence runs, copy the next part. */
    void keyPressed() {
        if (sequence != null) {
            next();
        }
    }

    private void next() {
        CopySequence s = sequence;
        if (!s.hasNext()) {
            stop();
            return;
        }
        CopySequence.Step step = s.advance();
        QuickFillResult r = s.result();
        Runnable report = () -> {
            if (sequence == s) {
                reportStep(s, step);
            }
        };
        switch (step) {
            case ACCOUNT -> {
                copyAccountOf(r);
                report.run();
            }
            case PASSWORD -> copyPasswordOf(r, report);
            case CODE -> codes.copy(r.keychain(), r.item(), code -> report.run());
        }
    }

    /** Says what was copied and what comes next; where the clipboard tells of a paste, waits for it. */
    private void reportStep(CopySequence s, CopySequence.Step step) {
        CopySequence.Step upcoming = s.upcoming();
        String copied = messages.get("quickfill.step." + step.name(), s.result().name());
        if (upcoming == null) {
            status.accept(messages.get("quickfill.sequence.done", copied));
            sequence = null;
            running.set(false);
            return;
        }
        boolean onPaste = clipboard.detectsReads();
        status.accept(messages.get(onPaste ? "quickfill.sequence.nextOnPaste" : "quickfill.sequence.next",
                s.number(), s.steps().size(), copied, messages.get("quickfill.part." + upcoming.name())));
        if (onPaste) {
            clipboard.afterNextRead(() -> {
                if (sequence == s) {
                    next();
                }
            });
        }
    }

    /** Stops a running sequence and clears what it said. */
    void stop() {
        if (sequence != null) {
            sequence = null;
            running.set(false);
            status.accept("");
        }
    }

    boolean isRunning() {
        return sequence != null;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the footer says about the sequence: whether pasting moves it on, or a key press. */
    String sequenceHint() {
        return messages.get(clipboard.detectsReads() ? "quickfill.sequence.keysOnPaste" : "quickfill.sequence.keys");
    }
}
