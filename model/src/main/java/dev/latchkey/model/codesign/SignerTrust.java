package dev.latchkey.model.codesign;

import dev.latchkey.crypto.codesign.JarSignerReport;
import dev.latchkey.crypto.trust.TrustResult;
import java.time.Instant;

/**
 * One JAR signer with its chain evaluated for code signing: at the time of a valid timestamp
 * (so a signature made while the certificate was valid stays good after it expires), else now.
 *
 * @param evaluatedAt    the time the chain was evaluated at
 * @param atTimestamp    true when that is the timestamp's time
 */
public record SignerTrust(JarSignerReport signer, TrustResult trust, Instant evaluatedAt, boolean atTimestamp) {
    public boolean good() {
        return signer.signatureValid() && signer.timestamp().map(t -> t.valid()).orElse(true) && trust.trusted();
    }
}
