package dev.latchkey.model.cms;

import dev.latchkey.crypto.cms.SignerReport;
import dev.latchkey.crypto.trust.TrustResult;
import java.util.Optional;

/**
 * One signer of a message: its signature check and, when the message carries its
 * certificate, the trust evaluation of that certificate for S/MIME.
 */
public record SignerVerdict(SignerReport signer, Optional<TrustResult> trust) {
    /** The signature holds and the signer is trusted for S/MIME. */
    public boolean good() {
        return signer.signatureValid() && trust.map(TrustResult::trusted).orElse(false);
    }
}
