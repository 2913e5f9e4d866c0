package dev.latchkey.crypto.cms;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * Who an encrypted message is for, as its RecipientInfo names them: issuer and serial
 * number, or subject key identifier.
 */
public record RecipientRef(X500Principal issuer, BigInteger serial, byte[] subjectKeyId) {
    static RecipientRef of(X500Name issuer, BigInteger serial, byte[] subjectKeyId) {
        X500Principal principal = null;
        if (issuer != null) {
            try {
                principal = new X500Principal(issuer.getEncoded());
            } catch (java.io.IOException | RuntimeException e) {
                principal = null;
            }
        }
        return new RecipientRef(principal, serial, subjectKeyId == null ? null : subjectKeyId.clone());
    }

    /** True when {@code certificate} is the one this names. */
    public boolean matches(X509Certificate certificate) {
        if (issuer != null && serial != null) {
            return issuer.equals(certificate.getIssuerX500Principal()) && serial.equals(certificate.getSerialNumber());
        }
        return subjectKeyId != null && Arrays.equals(subjectKeyId,
                dev.latchkey.crypto.x509.KeyIdentifiers.subjectKeyId(certificate).orElse(null));
    }

    @Override
    public String toString() {
        return issuer != null ? issuer.getName() + " #" + serial.toString(16)
                : "key id " + HexFormat.of().formatHex(subjectKeyId == null ? new byte[0] : subjectKeyId);
    }
}
