package dev.latchkey.app.codes;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.otp.OneTimeCode;
import dev.latchkey.model.otp.VerificationCodes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps shown codes current: each tick moves the countdowns on and computes, in one piece of
 * background work, the codes that ran out (reading a seed is a database read and a decryption).
 */
public final class LiveCodes {
    private final TaskRunner runner;
    private final Clock clock;

    public LiveCodes(TaskRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** Moves the countdowns on and refreshes the codes that are due; call on the UI thread. */
    public void tick(Collection<LiveCode> codes) {
        Instant now = clock.instant();
        List<LiveCode> due = new ArrayList<>();
        for (LiveCode c : codes) {
            if (c.due(now)) {
                due.add(c);
            } else {
                c.tick(now);
            }
        }
        refresh(due);
    }

    /** Computes the current code of each (e.g. after the keychain password was given). */
    public void refresh(List<LiveCode> codes) {
        if (codes.isEmpty()) {
            return;
        }
        codes.forEach(c -> c.refreshing(true));
        runner.run(() -> {
            Map<LiveCode, Object> outcome = new LinkedHashMap<>();
            for (LiveCode c : codes) {
                try {
                    outcome.put(c, new VerificationCodes(c.keychain(), clock).peek(c.id()));
                } catch (LatchkeyException e) {
                    outcome.put(c, e);
                }
            }
            return outcome;
        }).onSuccess(outcome -> {
            Instant now = clock.instant();
            outcome.forEach((c, result) -> {
                c.refreshing(false);
                if (result instanceof OneTimeCode code) {
                    c.show(code, now);
                } else if (ErrorPresenter.hasStatus((Throwable) result, Status.INTERACTION_REQUIRED)) {
                    c.protect();
                } else if (!ErrorPresenter.hasStatus((Throwable) result, Status.KEYCHAIN_LOCKED)) {
                    c.fail(ErrorPresenter.inlineMessage((Throwable) result));
                }
            });
        }).onFailure(e -> codes.forEach(c -> {
            c.refreshing(false);
            c.fail(ErrorPresenter.inlineMessage(e));
        })).start();
    }
}
