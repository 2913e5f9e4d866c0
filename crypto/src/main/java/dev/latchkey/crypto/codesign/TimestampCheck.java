package dev.latchkey.crypto.codesign;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.cms.SignerChecks;
import dev.latchkey.crypto.provider.BouncyCastle;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Reads and checks the timestamp token (RFC 3161) in a signer's unsigned attributes: the
 * token's signature by the TSA certificate it carries (Bouncy Castle also requires that
 * certificate's critical timeStamping key purpose), and that its message imprint is the digest
 * of the signature it vouches for.
 */
final class TimestampCheck {
    private TimestampCheck() {
    }

    static Optional<TimestampReport> of(SignerInformation signer) throws DecodeException {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null
                : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return Optional.empty();
        }
        TimeStampToken token;
        try {
            token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
        } catch (Exception e) {
            return Optional.of(new TimestampReport(Instant.EPOCH, List.of(), false,
                    "The timestamp token cannot be read (" + JarVerifier.oneLine(e) + ")."));
        }
        Instant time = token.getTimeStampInfo().getGenTime().toInstant();
        List<X509Certificate> chain = new ArrayList<>();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> own = token.getCertificates().getMatches(token.getSID());
        if (own.isEmpty()) {
            return Optional.of(new TimestampReport(time, chain, false,
                    "The timestamp token does not carry the TSA's certificate."));
        }
        X509CertificateHolder tsa = own.iterator().next();
        chain.add(SignerChecks.certificate(tsa));
        for (X509CertificateHolder other : token.getCertificates().getMatches(null)) {
            if (!other.equals(tsa)) {
                chain.add(SignerChecks.certificate(other));
            }
        }
        try {
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.provider()).build(tsa));
        } catch (Exception e) {
            return Optional.of(new TimestampReport(time, chain, false,
                    "The timestamp token does not verify (" + JarVerifier.oneLine(e) + ")."));
        }
        if (!imprintMatches(token, signer.getSignature())) {
            return Optional.of(new TimestampReport(time, chain, false,
                    "The timestamp is for another signature."));
        }
        return Optional.of(new TimestampReport(time, chain, true, ""));
    }

    private static boolean imprintMatches(TimeStampToken token, byte[] signature) {
        String algorithm = SignerChecks.algorithmName(token.getTimeStampInfo().getMessageImprintAlgOID().getId());
        try {
            return MessageDigest.isEqual(MessageDigest.getInstance(algorithm, BouncyCastle.provider())
                    .digest(signature), token.getTimeStampInfo().getMessageImprintDigest());
        } catch (NoSuchAlgorithmException e) {
            return false;
        }
    }
}
