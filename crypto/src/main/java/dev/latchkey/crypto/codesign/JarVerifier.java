package dev.latchkey.crypto.codesign;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.cms.SignerChecks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * Verifies a signed JAR. The JDK's {@link JarFile} checks every entry's digest against the
 * manifest and the manifest against each signature file, exactly as {@code jarsigner -verify}
 * does; Bouncy Castle then reads each signature block (a CMS SignedData over its signature
 * file) for the signer's chain, the algorithms, and the timestamp token.
 */
public final class JarVerifier {
    private static final Pattern BLOCK = Pattern.compile("META-INF/([^/]+)\\.(RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

    private JarVerifier() {
    }

    public static JarReport verify(Path jar) throws DecodeException {
        List<String> signed = new ArrayList<>();
        List<String> unsigned = new ArrayList<>();
        List<JarReport.Tampered> tampered = new ArrayList<>();
        List<JarSignerReport> signers = new ArrayList<>();
        TreeSet<String> digests = new TreeSet<>();
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Manifest manifest = file.getManifest();
            if (manifest != null) {
                for (Attributes attributes : manifest.getEntries().values()) {
                    attributes.keySet().stream().map(Object::toString).filter(k -> k.endsWith("-Digest"))
                            .forEach(k -> digests.add(k.substring(0, k.length() - "-Digest".length())));
                }
            }
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || isSignatureRelated(entry.getName())) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream());
                } catch (SecurityException e) {
                    tampered.add(new JarReport.Tampered(entry.getName(), oneLine(e)));
                    continue;
                }
                (entry.getCodeSigners() == null ? unsigned : signed).add(entry.getName());
            }
            Enumeration<JarEntry> all = file.entries();
            while (all.hasMoreElements()) {
                JarEntry entry = all.nextElement();
                Matcher m = BLOCK.matcher(entry.getName());
                if (m.matches()) {
                    JarEntry sf = file.getJarEntry("META-INF/" + m.group(1) + ".SF");
                    if (sf != null) {
                        try {
                            signers.add(signer(m.group(1), read(file, entry), read(file, sf)));
                        } catch (RuntimeException e) {
                            throw new DecodeException("The signature block of " + m.group(1) + " is malformed ("
                                    + oneLine(e) + ").", e);
                        }
                    }
                }
            }
        } catch (SecurityException e) {
            tampered.add(new JarReport.Tampered("META-INF/MANIFEST.MF", oneLine(e)));
        } catch (IOException e) {
            throw new DecodeException("The file is not a JAR (" + oneLine(e) + ").", e);
        }
        return new JarReport(signed, unsigned, tampered, List.copyOf(digests), signers);
    }

    /** The manifest and signature files, which the signatures protect rather than cover. */
    static boolean isSignatureRelated(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.equals("META-INF/MANIFEST.MF") || upper.startsWith("META-INF/") && !upper.substring(9)
                .contains("/") && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
                || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-"));
    }

    private static byte[] read(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static JarSignerReport signer(String name, byte[] block, byte[] signatureFile) throws DecodeException {
        CMSSignedData data;
        try {
            data = new CMSSignedData(new CMSProcessableByteArray(signatureFile), block);
        } catch (CMSException | RuntimeException e) {
            throw new DecodeException("The signature block of " + name + " cannot be read (" + oneLine(e) + ").", e);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : data.getCertificates().getMatches(null)) {
            certificates.add(SignerChecks.certificate(holder));
        }
        SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> own = data.getCertificates().getMatches(signer.getSID());
        String digest = SignerChecks.algorithmName(signer.getDigestAlgOID());
        String algorithm = SignerChecks.algorithmName(signer.getEncryptionAlgOID());
        if (own.isEmpty()) {
            return new JarSignerReport(name, certificates, digest, algorithm, false,
                    "The signature block does not carry the signer's certificate.", Optional.empty());
        }
        X509Certificate certificate = SignerChecks.certificate(own.iterator().next());
        List<X509Certificate> chain = new ArrayList<>(List.of(certificate));
        certificates.stream().filter(c -> !c.equals(certificate)).forEach(chain::add);
        String problem = SignerChecks.problem(signer, certificate.getPublicKey(),
                "The signature does not match the signature file.");
        boolean valid = problem.isEmpty();
        return new JarSignerReport(name, chain, digest, algorithm, valid, problem, TimestampCheck.of(signer));
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
