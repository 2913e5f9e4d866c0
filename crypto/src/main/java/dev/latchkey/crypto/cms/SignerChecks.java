package dev.latchkey.crypto.cms;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.provider.BouncyCastle;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;

/** What every SignedData reader here does with a signer: its certificate, its algorithm names, its signature's check. */
public final class SignerChecks {
    private static final DefaultAlgorithmNameFinder NAMES = new DefaultAlgorithmNameFinder();

    private SignerChecks() {
    }

    public static X509Certificate certificate(X509CertificateHolder holder) throws DecodeException {
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new DecodeException("A certificate in the signature cannot be read.", e);
        }
    }

    /** "SHA256", "SHA256WITHECDSA", … for an algorithm OID. */
    public static String algorithmName(String oid) {
        return NAMES.getAlgorithmName(new ASN1ObjectIdentifier(oid));
    }

    /**
     * Checks the signature with the bare public key (whether the certificate was valid then is
     * the trust evaluation's finding, not a broken signature); empty when it holds, else why not.
     */
    public static String problem(SignerInformation signer, PublicKey key, String mismatch) {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.provider())
                    .build(key)) ? "" : mismatch;
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return "The signature does not verify (" + CmsInput.oneLine(e) + ").";
        }
    }
}
