package dev.latchkey.crypto.codesign;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * The RFC 3161 timestamp on a signature: when the TSA saw it, who the TSA is, and whether the
 * token's own signature and its imprint of the signature hold.
 *
 * @param time     the token's genTime
 * @param tsaChain the TSA's certificate first, then what else the token carries
 * @param valid    true when the token verifies and its imprint is the signature's digest
 * @param problem  why it does not, or empty
 */
public record TimestampReport(Instant time, List<X509Certificate> tsaChain, boolean valid, String problem) {
    public TimestampReport {
        tsaChain = List.copyOf(tsaChain);
    }
}
