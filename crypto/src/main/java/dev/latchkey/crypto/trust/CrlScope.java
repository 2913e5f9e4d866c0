package dev.latchkey.crypto.trust;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.ReasonFlags;

/** RFC 5280 §6.3.3 (b): whether a CRL covers a certificate through one of its distribution points, and for which reasons. */
final class CrlScope {
    static final int ALL_REASONS = ReasonFlags.keyCompromise | ReasonFlags.cACompromise | ReasonFlags.affiliationChanged
            | ReasonFlags.superseded | ReasonFlags.cessationOfOperation | ReasonFlags.certificateHold
            | ReasonFlags.privilegeWithdrawn | ReasonFlags.aACompromise;

    private CrlScope() {
    }

    /** The certificate's distribution points, or one implicit point (no name, no CRL issuer) when it lists none. */
    static List<DistributionPoint> pointsOf(CertInfo cert) {
        if (cert.ext.crlDistributionPoints == null) {
            return List.of(new DistributionPoint(null, null, null));
        }
        return List.of(cert.ext.crlDistributionPoints.getDistributionPoints());
    }

    /** True when {@code crl} may answer for {@code cert} through {@code point}. */
    static boolean covers(CrlInfo crl, CertInfo cert, DistributionPoint point) {
        GeneralNames crlIssuers = point.getCRLIssuer();
        if (crlIssuers != null) {
            if (!crl.isIndirect() || !names(crlIssuers).contains(crl.issuer)) {
                return false;
            }
        } else if (!crl.issuer.equals(cert.issuer)) {
            return false;
        }
        IssuingDistributionPoint idp = crl.distributionPoint;
        if (idp == null) {
            return true;
        }
        if (idp.onlyContainsAttributeCerts() || (idp.onlyContainsUserCerts() && cert.ext.isCa())
                || (idp.onlyContainsCACerts() && !cert.ext.isCa())) {
            return false;
        }
        if (idp.getDistributionPoint() == null) {
            return true;
        }
        List<GeneralName> idpNames = fullNames(idp.getDistributionPoint(), crl.issuerName);
        List<GeneralName> wanted = point.getDistributionPoint() != null
                ? fullNames(point.getDistributionPoint(), issuerNameFor(crlIssuers, cert))
                : crlIssuers == null ? List.of() : List.of(crlIssuers.getNames());
        for (GeneralName a : idpNames) {
            for (GeneralName b : wanted) {
                if (sameName(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The reasons this CRL answers for through {@code point} (interim_reasons_mask). */
    static int reasons(CrlInfo crl, DistributionPoint point) {
        int mask = ALL_REASONS;
        IssuingDistributionPoint idp = crl.distributionPoint;
        if (idp != null && idp.getOnlySomeReasons() != null) {
            mask &= idp.getOnlySomeReasons().intValue();
        }
        if (point.getReasons() != null) {
            mask &= point.getReasons().intValue();
        }
        return mask;
    }

    private static X500Name issuerNameFor(GeneralNames crlIssuers, CertInfo cert) {
        if (crlIssuers != null) {
            for (GeneralName name : crlIssuers.getNames()) {
                if (name.getTagNo() == GeneralName.directoryName) {
                    return X500Name.getInstance(name.getName());
                }
            }
        }
        return cert.issuerName;
    }

    private static List<GeneralName> fullNames(DistributionPointName name, X500Name issuer) {
        if (name.getType() == DistributionPointName.FULL_NAME) {
            return List.of(GeneralNames.getInstance(name.getName()).getNames());
        }
        X500NameBuilder builder = new X500NameBuilder();
        for (RDN rdn : issuer.getRDNs()) {
            builder.addMultiValuedRDN(rdn.getTypesAndValues());
        }
        RDN relative = RDN.getInstance(ASN1Set.getInstance(name.getName()));
        builder.addMultiValuedRDN(relative.getTypesAndValues());
        return List.of(new GeneralName(builder.build()));
    }

    private static List<NameKey> names(GeneralNames names) {
        List<NameKey> out = new ArrayList<>();
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == GeneralName.directoryName) {
                out.add(NameKey.of(X500Name.getInstance(name.getName())));
            }
        }
        return out;
    }

    private static boolean sameName(GeneralName a, GeneralName b) {
        if (a.getTagNo() != b.getTagNo()) {
            return false;
        }
        if (a.getTagNo() == GeneralName.directoryName) {
            return NameKey.of(X500Name.getInstance(a.getName())).equals(NameKey.of(X500Name.getInstance(b.getName())));
        }
        return a.equals(b);
    }
}
