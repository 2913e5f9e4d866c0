package dev.latchkey.crypto.codesign;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.secret.Wipe;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;
import jdk.security.jarsigner.JarSignerException;

/**
 * Signs a JAR with the JDK's own {@link JarSigner} (the engine of {@code jarsigner}), so the
 * result is what {@code jarsigner -verify} expects: SHA-256 entry digests, a signature block
 * by the identity's key with its chain, and optionally an RFC 3161 timestamp from a TSA.
 */
public final class JarSigning {
    private JarSigning() {
    }

    /**
     * @param name the signature's file name in META-INF (up to 8 letters, digits, - or _)
     * @param tsa  a timestamp authority's URL, or null for no timestamp
     */
    public static void sign(Path in, Path out, PrivateKey key, List<X509Certificate> chain, String name, URI tsa)
            throws CryptoException {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            List<java.security.cert.Certificate> jdkChain = new java.util.ArrayList<>();
            for (X509Certificate c : chain) {
                // The JDK's own certificate objects, whose key algorithm names match its key's.
                jdkChain.add(factory.generateCertificate(new java.io.ByteArrayInputStream(c.getEncoded())));
            }
            CertPath path = factory.generateCertPath(jdkChain);
            JarSigner.Builder builder = new JarSigner.Builder(jdkKey(key), path).digestAlgorithm("SHA-256")
                    .signerName(signerName(name));
            if (tsa != null) {
                builder.tsa(tsa);
            }
            JarSigner signer = builder.build();
            Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), ".latchkey-sign", ".jar");
            try {
                try (ZipFile zip = new ZipFile(in.toFile()); OutputStream target = Files.newOutputStream(temp)) {
                    signer.sign(zip, target);
                }
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (JarSignerException e) {
            throw new CryptoException("The JAR cannot be signed: " + JarVerifier.oneLine(e.getCause() != null
                    ? e.getCause() : e), e);
        } catch (IOException e) {
            throw new dev.latchkey.crypto.DecodeException("The JAR cannot be read or written (" + JarVerifier.oneLine(e)
                    + ").", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnsupportedFormatException("The identity cannot sign a JAR: " + JarVerifier.oneLine(e));
        }
    }

    /** The JDK's own key object, which its signature engines take whatever provider made ours. */
    private static PrivateKey jdkKey(PrivateKey key) throws GeneralSecurityException {
        byte[] pkcs8 = key.getEncoded();
        try {
            String algorithm = key.getAlgorithm().equals("ECDSA") ? "EC" : key.getAlgorithm();
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } finally {
            Wipe.bytes(pkcs8);
        }
    }

    static String signerName(String name) {
        String cleaned = name == null ? "" : name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_-]", "");
        return cleaned.isEmpty() ? "SIGNER" : cleaned.substring(0, Math.min(8, cleaned.length()));
    }
}
