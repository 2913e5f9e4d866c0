package dev.latchkey.crypto.writer;

import dev.latchkey.crypto.keypair.PrivateKeyWriter;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.pkcs12.Pkcs12Writer;
import dev.latchkey.crypto.secret.SecretBuffer;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.crypto.x509.Pkcs7Codec;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The export entry point: writes identities, keys and certificates in one {@link ExportFormat}.
 * Output that holds a private key is secret: the caller writes it out and wipes the array.
 */
public final class MaterialWriter {
    private MaterialWriter() {
    }

    /** Certificates alone: PEM bundle, one DER certificate, PKCS#7 bundle or a PKCS#12 (needs a passphrase). */
    public static byte[] certificates(ExportFormat format, List<NamedCertificate> certificates, char[] passphrase) {
        require(format.holdsCertificates(), format, "certificates");
        requireCount(format, certificates.size());
        List<X509Certificate> plain = certificates.stream().map(NamedCertificate::certificate).toList();
        return switch (format) {
            case PEM -> {
                StringBuilder out = new StringBuilder();
                for (X509Certificate c : plain) {
                    out.append(PemWriter.encode(PemWriter.CERTIFICATE, encoded(c)));
                }
                yield out.toString().getBytes(StandardCharsets.US_ASCII);
            }
            case DER -> encoded(plain.get(0));
            case PKCS7 -> Pkcs7Codec.write(plain);
            case PKCS12 -> Pkcs12Writer.write(List.of(), certificates, requirePassphrase(passphrase),
                    Pkcs12Protection.AES_256_SHA256);
            default -> throw new IllegalStateException(format.name());
        };
    }

    /**
     * Identities (keys with chains) and further certificates. PEM writes each key as PKCS#8,
     * encrypted with PBES2/AES-256 when a passphrase is given, followed by its chain; PKCS#12
     * takes {@code protection}.
     */
    public static byte[] identities(ExportFormat format, List<Identity> identities, List<NamedCertificate> extra,
            char[] passphrase, Pkcs12Protection protection) {
        if (format == ExportFormat.PKCS12) {
            return Pkcs12Writer.write(identities, extra, requirePassphrase(passphrase), protection);
        }
        require(format == ExportFormat.PEM, format, "identities");
        SecretBuffer out = new SecretBuffer();
        List<X509Certificate> certs = new ArrayList<>();
        for (Identity identity : identities) {
            char[] keyPem = keyPem(identity.privateKey(), passphrase);
            byte[] keyBytes = new byte[keyPem.length];
            for (int i = 0; i < keyPem.length; i++) {
                keyBytes[i] = (byte) keyPem[i];
            }
            out.writeBytes(keyBytes);
            Wipe.chars(keyPem);
            Wipe.bytes(keyBytes);
            certs.addAll(identity.chain());
        }
        extra.forEach(c -> certs.add(c.certificate()));
        for (X509Certificate c : certs.stream().distinct().toList()) {
            out.writeBytes(PemWriter.encode(PemWriter.CERTIFICATE, encoded(c)).getBytes(StandardCharsets.US_ASCII));
        }
        return out.takeAndWipe();
    }

    /** One private key: PEM or DER PKCS#8 (PKCS8 is DER), encrypted when a passphrase is given. */
    public static byte[] privateKey(ExportFormat format, PrivateKey key, char[] passphrase) {
        require(format.holdsPrivateKeys() && format != ExportFormat.PKCS12, format, "a lone private key");
        if (format == ExportFormat.PEM) {
            char[] pem = keyPem(key, passphrase);
            byte[] out = new byte[pem.length];
            for (int i = 0; i < pem.length; i++) {
                out[i] = (byte) pem[i];
            }
            Wipe.chars(pem);
            return out;
        }
        return passphrase == null ? PrivateKeyWriter.pkcs8(key) : PrivateKeyWriter.encryptedPkcs8(key, passphrase);
    }

    private static char[] keyPem(PrivateKey key, char[] passphrase) {
        byte[] der = passphrase == null ? PrivateKeyWriter.pkcs8(key) : PrivateKeyWriter.encryptedPkcs8(key, passphrase);
        try {
            return PemWriter.encodeSecret(passphrase == null ? PemWriter.PRIVATE_KEY : PemWriter.ENCRYPTED_PRIVATE_KEY, der);
        } finally {
            Wipe.bytes(der);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
    }

    private static void require(boolean ok, ExportFormat format, String what) {
        if (!ok) {
            throw new IllegalArgumentException(format.displayName() + " cannot hold " + what);
        }
    }

    private static void requireCount(ExportFormat format, int count) {
        if (count == 0 || (!format.holdsSeveral() && count > 1)) {
            throw new IllegalArgumentException(format.displayName() + " holds exactly one certificate, not " + count);
        }
    }

    private static char[] requirePassphrase(char[] passphrase) {
        if (passphrase == null) {
            throw new IllegalArgumentException("PKCS#12 needs a passphrase");
        }
        return passphrase;
    }
}
