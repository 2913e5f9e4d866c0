package dev.latchkey.crypto.x509;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.keypair.KeyDescription;
import dev.latchkey.crypto.pem.PemWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/** Turns a certificate into a {@link CertificateDescription} for the inspector and the CLI. */
public final class CertificateDescriber {
    private static final Map<ASN1ObjectIdentifier, String> LABELS = Map.ofEntries(
            Map.entry(BCStyle.CN, "Common Name"), Map.entry(BCStyle.O, "Organization"),
            Map.entry(BCStyle.OU, "Organizational Unit"), Map.entry(BCStyle.C, "Country"),
            Map.entry(BCStyle.ST, "State/Province"), Map.entry(BCStyle.L, "Locality"),
            Map.entry(BCStyle.STREET, "Street Address"), Map.entry(BCStyle.POSTAL_CODE, "Postal Code"),
            Map.entry(BCStyle.EmailAddress, "E-mail Address"), Map.entry(BCStyle.SERIALNUMBER, "Serial Number"),
            Map.entry(BCStyle.DC, "Domain Component"), Map.entry(BCStyle.UID, "User ID"),
            Map.entry(BCStyle.T, "Title"), Map.entry(BCStyle.GIVENNAME, "Given Name"),
            Map.entry(BCStyle.SURNAME, "Surname"), Map.entry(BCStyle.DN_QUALIFIER, "DN Qualifier"),
            Map.entry(BCStyle.ORGANIZATION_IDENTIFIER, "Organization Identifier"),
            Map.entry(BCStyle.BUSINESS_CATEGORY, "Business Category"),
            Map.entry(BCStyle.JURISDICTION_C, "Jurisdiction Country"));

    private CertificateDescriber() {
    }

    public static CertificateDescription describe(X509Certificate certificate) throws DecodeException {
        Certificate structure = CertificateDecoder.structure(certificate);
        TBSCertificate tbs = structure.getTBSCertificate();
        byte[] der = encoded(certificate);
        String signatureName = new DefaultAlgorithmNameFinder().getAlgorithmName(structure.getSignatureAlgorithm());
        return new CertificateDescription(oneLine(tbs.getSubject()), fields(tbs.getSubject()),
                oneLine(tbs.getIssuer()), fields(tbs.getIssuer()), tbs.getVersionNumber(),
                colonHex(tbs.getSerialNumber().getValue().toByteArray()),
                tbs.getStartDate().getDate().toInstant(), tbs.getEndDate().getDate().toInstant(),
                KeyDescription.describe(certificate.getPublicKey()), certificate.getPublicKey().getAlgorithm(),
                readableSignature(signatureName), structure.getSignatureAlgorithm().getAlgorithm().getId(),
                extensions(tbs.getExtensions()), colonHex(digest("SHA-256", der)), colonHex(digest("SHA-1", der)),
                PemWriter.encode(PemWriter.CERTIFICATE, der));
    }

    /** Upper-case hex bytes joined by colons, as Keychain Access shows fingerprints. */
    /** The name Latchkey gives a certificate extension's OID, when it knows the extension. */
    public static Optional<String> extensionName(String oid) {
        String name = ExtensionDescriber.name(new ASN1ObjectIdentifier(oid));
        return name.startsWith("Extension ") ? Optional.empty() : Optional.of(name);
    }

    public static String colonHex(byte[] bytes) {
        String hex = HexFormat.of().withUpperCase().formatHex(bytes);
        StringBuilder out = new StringBuilder(hex.length() * 3 / 2);
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(hex, i, i + 2);
        }
        return out.toString();
    }

    static String oneLine(X500Name name) {
        RDN[] rdns = name.getRDNs();
        List<String> parts = new ArrayList<>();
        for (int i = rdns.length - 1; i >= 0; i--) {
            for (AttributeTypeAndValue atv : rdns[i].getTypesAndValues()) {
                String shortName = BCStyle.INSTANCE.oidToDisplayName(atv.getType());
                parts.add((shortName == null ? atv.getType().getId() : shortName.toUpperCase(Locale.ROOT)) + "="
                        + IETFUtils.valueToString(atv.getValue()));
            }
        }
        return String.join(", ", parts);
    }

    private static List<CertificateDescription.NameField> fields(X500Name name) {
        List<CertificateDescription.NameField> out = new ArrayList<>();
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                String label = LABELS.get(atv.getType());
                if (label == null) {
                    String shortName = BCStyle.INSTANCE.oidToDisplayName(atv.getType());
                    label = shortName == null ? atv.getType().getId() : shortName;
                }
                out.add(new CertificateDescription.NameField(label, atv.getType().getId(),
                        atv.getValue() instanceof org.bouncycastle.asn1.ASN1String s ? s.getString()
                                : IETFUtils.valueToString(atv.getValue())));
            }
        }
        return out;
    }

    private static List<CertificateDescription.ExtensionDescription> extensions(Extensions extensions) {
        List<CertificateDescription.ExtensionDescription> out = new ArrayList<>();
        if (extensions == null) {
            return out;
        }
        for (ASN1ObjectIdentifier oid : extensions.getExtensionOIDs()) {
            Extension extension = extensions.getExtension(oid);
            out.add(new CertificateDescription.ExtensionDescription(ExtensionDescriber.name(oid), oid.getId(),
                    extension.isCritical(), ExtensionDescriber.describe(extension)));
        }
        return out;
    }

    private static String readableSignature(String bcName) {
        return bcName.replace("WITH", " with ").replace("ANDMGF1", " and MGF1");
    }

    private static byte[] encoded(X509Certificate certificate) throws DecodeException {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new DecodeException("The certificate could not be encoded.", e);
        }
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no " + algorithm, e);
        }
    }
}
