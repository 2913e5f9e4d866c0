package dev.latchkey.app.autotype;

import dev.latchkey.app.codes.CodeCopier;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Auto-type as the window offers it: reads what the item's sequence needs (the password
 * through the usual prompt when the item asks for it, the one-time code using it up), then
 * types it into the window the user came from, off the UI thread, and wipes every value.
 * Where auto-type cannot work, it says why in plain words instead.
 */
public final class AutoTyping {
    private final Typist typist;
    private final SecretReader secrets;
    private final CodeCopier codes;
    private final TaskRunner runner;
    private final Messages messages;

    public AutoTyping(Typist typist, SecretReader secrets, CodeCopier codes, TaskRunner runner, Messages messages) {
        this.typist = typist;
        this.secrets = secrets;
        this.codes = codes;
        this.runner = runner;
        this.messages = messages;
    }

    /** Why auto-type cannot be used now, in words, or "" when it can. */
    public String unavailableText() {
        return typist.unavailable().map(u -> messages.get("autotype.unavailable." + u.name())).orElse("");
    }

    /** A limit worth knowing (Wayland), in words, or "". */
    public String caveatText() {
        return typist.caveat().map(u -> messages.get("autotype.unavailable." + u.name())).orElse("");
    }

    /**
     * Types the item's sequence. {@code beforeTyping} runs on the UI thread once every value is
     * read, just before typing starts (e.g. to close Quick Fill); {@code report} gets one line
     * saying how it went.
     */
    public void perform(Keychain keychain, Item item, Runnable beforeTyping, Consumer<String> report) {
        String unavailable = unavailableText();
        if (!unavailable.isEmpty()) {
            report.accept(messages.get("autotype.off", unavailable));
            return;
        }
        AutoTypeSequence sequence;
        try {
            sequence = AutoTypeSequence.of(item.attributes().string(Attribute.AUTO_TYPE).orElse(null));
        } catch (AutoTypeSequence.Invalid e) {
            report.accept(messages.get("autotype.badSequence", item.displayName(), e.token()));
            return;
        }
        Map<AutoTypeSequence.Field, char[]> values = new EnumMap<>(AutoTypeSequence.Field.class);
        values.put(AutoTypeSequence.Field.USERNAME, item.attributes().text(Attribute.ACCOUNT).toCharArray());
        if (sequence.uses(AutoTypeSequence.Field.PASSWORD)) {
            if (!item.itemClass().isPassword()) {
                report.accept(messages.get("autotype.noPassword", item.displayName()));
                return;
            }
            secrets.read(keychain, item, messages.get("reason.autotype", item.displayName()), secret -> {
                values.put(AutoTypeSequence.Field.PASSWORD, secret.toChars());
                withCode(keychain, item, sequence, values, beforeTyping, report);
            }, () -> wipe(values));
        } else {
            withCode(keychain, item, sequence, values, beforeTyping, report);
        }
    }

    private void withCode(Keychain keychain, Item item, AutoTypeSequence sequence,
            Map<AutoTypeSequence.Field, char[]> values, Runnable beforeTyping, Consumer<String> report) {
        if (!sequence.uses(AutoTypeSequence.Field.TOTP)) {
            type(sequence, values, beforeTyping, report);
        } else if (!item.attributes().has(Attribute.OTP)) {
            wipe(values);
            report.accept(messages.get("autotype.noCode", item.displayName()));
        } else {
            codes.take(keychain, item, code -> {
                values.put(AutoTypeSequence.Field.TOTP, code.code().toCharArray());
                type(sequence, values, beforeTyping, report);
            }, () -> wipe(values));
        }
    }

    private void type(AutoTypeSequence sequence, Map<AutoTypeSequence.Field, char[]> values, Runnable beforeTyping,
            Consumer<String> report) {
        beforeTyping.run();
        runner.runAction(() -> {
            try {
                typist.type(sequence, field -> values.getOrDefault(field, new char[0]));
            } finally {
                wipe(values);
            }
        }).onSuccess(v -> report.accept(messages.get("autotype.done"))).onFailure(e -> report.accept(
                e instanceof AutoTypeException ? e.getMessage()
                        : e instanceof LatchkeyException ? ErrorPresenter.inlineMessage(e)
                        : messages.get("autotype.failed"))).start();
    }

    private static void wipe(Map<AutoTypeSequence.Field, char[]> values) {
        values.values().forEach(Wipe::chars);
    }
}
