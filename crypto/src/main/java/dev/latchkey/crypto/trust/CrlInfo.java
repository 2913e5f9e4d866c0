package dev.latchkey.crypto.trust;

import dev.latchkey.crypto.DecodeException;
import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.TBSCertList;

/** One CRL parsed for revocation checking: scope, numbers, and entries keyed by certificate issuer and serial. */
final class CrlInfo {
    /** A revoked certificate. {@code reason} is a CRLReason value, or -1 when unstated. */
    record Entry(BigInteger serial, Instant revoked, int reason, boolean unknownCriticalExtension) {
    }

    private static final java.util.Set<ASN1ObjectIdentifier> UNDERSTOOD = java.util.Set.of(
            Extension.issuingDistributionPoint, Extension.deltaCRLIndicator, Extension.cRLNumber,
            Extension.authorityKeyIdentifier, Extension.freshestCRL, Extension.issuerAlternativeName,
            Extension.authorityInfoAccess);
    private static final java.util.Set<ASN1ObjectIdentifier> UNDERSTOOD_ENTRY = java.util.Set.of(
            Extension.reasonCode, Extension.certificateIssuer, Extension.invalidityDate, Extension.instructionCode);

    private final byte[] encoded;
    final CertificateList structure;
    final X500Name issuerName;
    final NameKey issuer;
    final Instant thisUpdate;
    final Instant nextUpdate;
    final IssuingDistributionPoint distributionPoint;
    final BigInteger number;
    final BigInteger baseNumber;
    final byte[] authorityKeyId;
    final boolean unknownCriticalExtension;
    private final Map<NameKey, Map<BigInteger, Entry>> entries = new HashMap<>();

    private CrlInfo(X509CRL crl) throws DecodeException {
        try {
            encoded = crl.getEncoded();
            structure = CertificateList.getInstance(ASN1Primitive.fromByteArray(encoded));
            TBSCertList tbs = structure.getTBSCertList();
            issuerName = tbs.getIssuer();
            issuer = NameKey.of(issuerName);
            thisUpdate = tbs.getThisUpdate().getDate().toInstant();
            nextUpdate = tbs.getNextUpdate() == null ? null : tbs.getNextUpdate().getDate().toInstant();
            Extensions extensions = tbs.getExtensions();
            distributionPoint = extensions == null || extensions.getExtension(Extension.issuingDistributionPoint) == null
                    ? null : IssuingDistributionPoint.getInstance(
                            extensions.getExtension(Extension.issuingDistributionPoint).getParsedValue());
            number = integer(extensions, Extension.cRLNumber);
            baseNumber = integer(extensions, Extension.deltaCRLIndicator);
            AuthorityKeyIdentifier aki = extensions == null ? null : AuthorityKeyIdentifier.fromExtensions(extensions);
            authorityKeyId = aki == null ? null : aki.getKeyIdentifierOctets();
            unknownCriticalExtension = hasUnknownCritical(extensions, UNDERSTOOD);
            readEntries(tbs);
        } catch (CRLException | IOException | RuntimeException e) {
            throw new DecodeException("The revocation list is not correctly encoded.", e);
        }
    }

    byte[] encoded() {
        return encoded;
    }

    static CrlInfo of(X509CRL crl) throws DecodeException {
        return new CrlInfo(crl);
    }

    boolean isDelta() {
        return baseNumber != null;
    }

    boolean isIndirect() {
        return distributionPoint != null && distributionPoint.isIndirectCRL();
    }

    /** The entry for a certificate of {@code certIssuer} with {@code serial}, or null. */
    Entry find(NameKey certIssuer, BigInteger serial) {
        Map<BigInteger, Entry> byIssuer = entries.get(certIssuer);
        return byIssuer == null ? null : byIssuer.get(serial);
    }

    private void readEntries(TBSCertList tbs) {
        NameKey current = issuer;
        Enumeration<?> revoked = tbs.getRevokedCertificateEnumeration();
        while (revoked.hasMoreElements()) {
            TBSCertList.CRLEntry entry = (TBSCertList.CRLEntry) revoked.nextElement();
            Extensions ext = entry.getExtensions();
            int reason = -1;
            if (ext != null) {
                Extension issuerExt = ext.getExtension(Extension.certificateIssuer);
                if (issuerExt != null && isIndirect()) {
                    for (GeneralName name : GeneralNames.getInstance(issuerExt.getParsedValue()).getNames()) {
                        if (name.getTagNo() == GeneralName.directoryName) {
                            current = NameKey.of(X500Name.getInstance(name.getName()));
                        }
                    }
                }
                Extension reasonExt = ext.getExtension(Extension.reasonCode);
                if (reasonExt != null) {
                    reason = ASN1Enumerated.getInstance(reasonExt.getParsedValue()).intValueExact();
                }
            }
            Entry e = new Entry(entry.getUserCertificate().getValue(), entry.getRevocationDate().getDate().toInstant(),
                    reason, hasUnknownCritical(ext, UNDERSTOOD_ENTRY));
            entries.computeIfAbsent(current, k -> new HashMap<>()).put(e.serial(), e);
        }
    }

    static boolean isRemoveFromCrl(Entry entry) {
        return entry.reason() == CRLReason.removeFromCRL;
    }

    private static BigInteger integer(Extensions extensions, ASN1ObjectIdentifier oid) {
        if (extensions == null || extensions.getExtension(oid) == null) {
            return null;
        }
        return ASN1Integer.getInstance(extensions.getExtension(oid).getParsedValue()).getValue();
    }

    private static boolean hasUnknownCritical(Extensions extensions, java.util.Set<ASN1ObjectIdentifier> known) {
        if (extensions == null) {
            return false;
        }
        for (ASN1ObjectIdentifier oid : extensions.getCriticalExtensionOIDs()) {
            if (!known.contains(oid)) {
                return true;
            }
        }
        return false;
    }
}
