package dev.latchkey.app.quickfill;

import java.util.ArrayList;
import java.util.List;

/**
 * "Copy account, then password, then code": the steps for one credential and which comes
 * next. Whether the clipboard was pasted cannot be told portably (no desktop reports a read
 * of the clipboard to its owner through JavaFX), so the next step follows the next key
 * press in Quick Fill, and the window says so.
 */
final class CopySequence {
    /** What one step puts on the clipboard. */
    enum Step { ACCOUNT, PASSWORD, CODE }

    private final QuickFillResult result;
    private final List<Step> steps;
    private int next;

    CopySequence(QuickFillResult result) {
        this.result = result;
        List<Step> s = new ArrayList<>();
        if (!result.account().isEmpty()) {
            s.add(Step.ACCOUNT);
        }
        if (result.hasPassword()) {
            s.add(Step.PASSWORD);
        }
        if (result.hasCode()) {
            s.add(Step.CODE);
        }
        this.steps = List.copyOf(s);
    }

    QuickFillResult result() {
        return result;
    }

    List<Step> steps() {
        return steps;
    }

    boolean hasNext() {
        return next < steps.size();
    }

    /** The step to copy now; moves on. */
    Step advance() {
        return steps.get(next++);
    }

    /** 1-based number of the step last copied. */
    int number() {
        return next;
    }

    /** The step after the one last copied, or null at the end. */
    Step upcoming() {
        return hasNext() ? steps.get(next) : null;
    }
}
