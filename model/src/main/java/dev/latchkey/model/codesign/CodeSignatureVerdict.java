package dev.latchkey.model.codesign;

import dev.latchkey.crypto.codesign.JarReport;
import java.util.List;

/** A verified JAR: what the signatures cover, and each signer's trust. */
public record CodeSignatureVerdict(JarReport report, List<SignerTrust> signers) {
    /** The overall answer, as Verify Signature and {@code codesign --verify} give it. */
    public enum Outcome {
        /** Every entry signed and unchanged, every signer trusted for code signing. */
        VALID,
        /** Intact, but a signer is not trusted (unknown root, expired without a timestamp, …). */
        UNTRUSTED,
        /** An entry was changed or added, or a signature or timestamp is broken. */
        INVALID,
        /** No signature at all. */
        UNSIGNED
    }

    public CodeSignatureVerdict {
        signers = List.copyOf(signers);
    }

    public Outcome outcome() {
        if (!report.signed()) {
            return Outcome.UNSIGNED;
        }
        if (!report.intact()) {
            return Outcome.INVALID;
        }
        return signers.stream().allMatch(SignerTrust::good) ? Outcome.VALID : Outcome.UNTRUSTED;
    }
}
