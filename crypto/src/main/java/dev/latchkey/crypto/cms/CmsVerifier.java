package dev.latchkey.crypto.cms;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.asn1.OidNames;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.util.Store;

/**
 * Verifies the signatures of a CMS SignedData in any form {@link CmsInput} reads. Only the
 * signatures: whether the signers are trusted is the trust evaluator's question, asked by the
 * caller with the certificates this returns.
 */
public final class CmsVerifier {

    private CmsVerifier() {
    }

    /**
     * @param detachedContent the signed data for a detached signature (null when it is inside
     *                        the message or is the first part of a multipart/signed entity)
     */
    public static SignedMessage verify(byte[] input, byte[] detachedContent) throws DecodeException {
        CmsInput message = CmsInput.read(input);
        ContentInfo info = message.contentInfo();
        if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
            throw new DecodeException("The message is " + contentType(info.getContentType())
                    + ", not signed data.");
        }
        byte[] given = message.signedPart() != null ? message.signedPart() : detachedContent;
        CMSSignedData signed;
        try {
            signed = given != null ? new CMSSignedData(new CMSProcessableByteArray(given), info)
                    : new CMSSignedData(info);
        } catch (CMSException | RuntimeException e) {
            throw new DecodeException("The signed data cannot be read (" + CmsInput.oneLine(e) + ").", e);
        }
        if (signed.getSignedContent() == null) {
            throw new DecodeException("The signature is detached: give the signed content too.");
        }
        byte[] content = (byte[]) signed.getSignedContent().getContent();
        // S/MIME signs a MIME entity; what a reader wants is its body, as a mail client shows it.
        try {
            return report(message.smime() ? SmimeEntity.body(content) : content, signed.getSignerInfos(),
                    signed.getCertificates());
        } catch (RuntimeException e) {
            // BC parses the certificates and signer infos lazily, and says "malformed" with runtime exceptions.
            throw new DecodeException("The signed data is malformed (" + CmsInput.oneLine(e) + ").", e);
        }
    }

    private static SignedMessage report(byte[] content, SignerInformationStore signers,
            Store<X509CertificateHolder> store) throws DecodeException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : store.getMatches(null)) {
            certificates.add(SignerChecks.certificate(holder));
        }
        List<SignerReport> reports = new ArrayList<>();
        for (SignerInformation signer : signers.getSigners()) {
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
            Optional<X509CertificateHolder> holder = matches.stream().findFirst();
            reports.add(check(signer, holder));
        }
        return new SignedMessage(content, reports, certificates);
    }

    private static SignerReport check(SignerInformation signer, Optional<X509CertificateHolder> holder)
            throws DecodeException {
        String digest = SignerChecks.algorithmName(signer.getDigestAlgOID());
        String signature = SignerChecks.algorithmName(signer.getEncryptionAlgOID());
        Optional<Instant> time = signingTime(signer.getSignedAttributes());
        if (holder.isEmpty()) {
            return new SignerReport(Optional.empty(), false, digest, signature, time,
                    "The message does not carry the signer's certificate.");
        }
        X509Certificate certificate = SignerChecks.certificate(holder.get());
        String problem = SignerChecks.problem(signer, certificate.getPublicKey(),
                "The signature does not match the content.");
        return new SignerReport(Optional.of(certificate), problem.isEmpty(), digest, signature, time, problem);
    }

    private static Optional<Instant> signingTime(AttributeTable attributes) {
        if (attributes == null) {
            return Optional.empty();
        }
        Attribute attribute = attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A content type's name for messages. */
    static String contentType(ASN1ObjectIdentifier oid) {
        return OidNames.name(oid.getId()).orElse(oid.getId());
    }
}
