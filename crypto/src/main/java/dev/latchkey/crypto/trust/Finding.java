package dev.latchkey.crypto.trust;

import java.util.Objects;

/**
 * One thing wrong with one certificate of the chosen chain.
 *
 * @param certIndex position in {@link TrustResult#chain()}, 0 for the leaf
 * @param code      stable identifier, for scripts and the GUI's icons
 * @param message   one plain sentence for people
 */
public record Finding(int certIndex, FindingCode code, String message) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public Severity severity() {
        return code.severity();
    }
}
