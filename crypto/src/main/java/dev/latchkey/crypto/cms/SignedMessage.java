package dev.latchkey.crypto.cms;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A verified CMS SignedData: the content that was signed (null when detached and not given),
 * each signer's report, and every certificate the message carries (to build signer chains).
 */
public record SignedMessage(byte[] content, List<SignerReport> signers, List<X509Certificate> certificates) {
    public SignedMessage {
        signers = List.copyOf(signers);
        certificates = List.copyOf(certificates);
    }

    /** True when there is at least one signer and every signature verifies. */
    public boolean allSignaturesValid() {
        return !signers.isEmpty() && signers.stream().allMatch(SignerReport::signatureValid);
    }

    @Override
    public String toString() {
        return "SignedMessage[" + signers.size() + " signers]";
    }
}
