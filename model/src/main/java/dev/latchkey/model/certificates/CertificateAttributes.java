package dev.latchkey.model.certificates;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.x509.CertificateDecoder;
import dev.latchkey.crypto.x509.KeyIdentifiers;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** A certificate as keychain item attributes (decision 0004), and back. */
public final class CertificateAttributes {
    private static final String EMAIL_OID = "1.2.840.113549.1.9.1";
    private static final int SAN_EMAIL = 1;

    private CertificateAttributes() {
    }

    /** The attributes of a certificate item; {@code label} null or blank means "its common name". */
    public static ItemAttributes of(X509Certificate certificate, String label) throws LatchkeyException {
        byte[] der = encoded(certificate);
        return ItemAttributes.builder()
                .set(Attribute.LABEL, label == null || label.isBlank() ? defaultLabel(certificate) : label.strip())
                .set(Attribute.SUBJECT, certificate.getSubjectX500Principal().getEncoded())
                .set(Attribute.ISSUER, certificate.getIssuerX500Principal().getEncoded())
                .set(Attribute.SERIAL_NUMBER, certificate.getSerialNumber().toByteArray())
                .set(Attribute.SUBJECT_KEY_ID, KeyIdentifiers.subjectKeyId(certificate).orElse(null))
                .set(Attribute.PUBLIC_KEY_HASH, publicKeyHash(certificate))
                .set(Attribute.EMAIL_ADDRESSES, emailAddresses(certificate))
                .set(Attribute.NOT_BEFORE, certificate.getNotBefore().toInstant())
                .set(Attribute.NOT_AFTER, certificate.getNotAfter().toInstant())
                .set(Attribute.CERTIFICATE_SHA256, digest("SHA-256", der))
                .set(Attribute.CERTIFICATE_DER, der)
                .build();
    }

    /** The certificate a certificate item holds. */
    public static X509Certificate certificate(Item item) throws LatchkeyException {
        if (item.itemClass() != ItemClass.CERTIFICATE && item.itemClass() != ItemClass.TRUST_SETTING) {
            throw new LatchkeyException(Status.PARAM, "\"" + item.displayName() + "\" is not a certificate");
        }
        byte[] der = item.attributes().bytes(Attribute.CERTIFICATE_DER).orElseThrow(() -> new LatchkeyException(
                Status.DECODE, "the certificate item \"" + item.displayName() + "\" holds no certificate"));
        try {
            return CertificateDecoder.certificate(der);
        } catch (DecodeException e) {
            throw new LatchkeyException(Status.DECODE, "the certificate of \"" + item.displayName()
                    + "\" cannot be read: " + e.getMessage(), e);
        }
    }

    /** Apple's label for a certificate: its common name, else its e-mail address, else its whole subject. */
    public static String defaultLabel(X509Certificate certificate) {
        X500Principal subject = certificate.getSubjectX500Principal();
        Optional<String> cn = nameAttribute(subject, "CN");
        if (cn.isPresent()) {
            return cn.get();
        }
        List<String> emails = emailAddresses(certificate);
        if (!emails.isEmpty()) {
            return emails.get(0);
        }
        return nameAttribute(subject, "OU").or(() -> nameAttribute(subject, "O"))
                .orElse(subject.getName(X500Principal.RFC2253));
    }

    /** The most specific common name in a distinguished name. */
    public static Optional<String> commonName(X500Principal name) {
        return nameAttribute(name, "CN");
    }

    /** The most specific value of one attribute type in a name ("CN", "O", or an OID). */
    static Optional<String> nameAttribute(X500Principal name, String type) {
        try {
            LdapName ldap = new LdapName(name.getName(X500Principal.RFC2253, Map.of(EMAIL_OID, "EMAILADDRESS")));
            List<Rdn> rdns = ldap.getRdns();
            for (int i = rdns.size() - 1; i >= 0; i--) {
                if (rdns.get(i).getType().equalsIgnoreCase(type) && rdns.get(i).getValue() instanceof String s) {
                    return Optional.of(s);
                }
            }
        } catch (InvalidNameException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** E-mail addresses from the subject alternative names and the subject's emailAddress attributes. */
    public static List<String> emailAddresses(X509Certificate certificate) {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names != null) {
                for (List<?> name : names) {
                    if (name.size() >= 2 && Integer.valueOf(SAN_EMAIL).equals(name.get(0))
                            && name.get(1) instanceof String s) {
                        out.add(s);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // A damaged SAN extension names no addresses; the trust evaluator reports it.
        }
        nameAttribute(certificate.getSubjectX500Principal(), "EMAILADDRESS").ifPresent(e -> {
            if (out.stream().noneMatch(e::equalsIgnoreCase)) {
                out.add(e);
            }
        });
        return out;
    }

    public static byte[] publicKeyHash(X509Certificate certificate) {
        return KeyIdentifiers.publicKeyHash(certificate.getPublicKey());
    }

    /** SHA-256 of the DER encoding (a certificate read from DER always has one). */
    public static byte[] sha256(X509Certificate certificate) {
        return digest("SHA-256", der(certificate));
    }

    public static byte[] sha1(X509Certificate certificate) {
        return digest("SHA-1", der(certificate));
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a decoded certificate re-encodes", e);
        }
    }

    /** Upper-case hex without separators, as {@code security find-certificate -Z} prints hashes. */
    public static String hex(byte[] bytes) {
        return java.util.HexFormat.of().withUpperCase().formatHex(bytes);
    }

    static byte[] encoded(X509Certificate certificate) throws LatchkeyException {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new LatchkeyException(Status.DECODE, "the certificate cannot be encoded", e);
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
