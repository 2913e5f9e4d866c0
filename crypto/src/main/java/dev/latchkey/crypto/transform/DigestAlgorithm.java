package dev.latchkey.crypto.transform;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** The digests {@code latchkey digest} offers, computed by the JDK's providers. */
public enum DigestAlgorithm {
    SHA256("sha256", "SHA-256"),
    SHA384("sha384", "SHA-384"),
    SHA512("sha512", "SHA-512"),
    SHA3_256("sha3-256", "SHA3-256"),
    SHA3_512("sha3-512", "SHA3-512");

    private final String cliName;
    private final String jcaName;

    DigestAlgorithm(String cliName, String jcaName) {
        this.cliName = cliName;
        this.jcaName = jcaName;
    }

    public String cliName() {
        return cliName;
    }

    public String jcaName() {
        return jcaName;
    }

    public static Optional<DigestAlgorithm> fromCliName(String name) {
        String wanted = name.toLowerCase(java.util.Locale.ROOT).replace("-", "").replace("_", "");
        for (DigestAlgorithm a : values()) {
            if (a.cliName.replace("-", "").equals(wanted)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The digest of everything {@code in} holds, read in chunks. */
    public byte[] digest(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[65536];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return digest.digest();
    }

    public byte[] digest(byte[] data) {
        return newDigest().digest(data);
    }

    private MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jcaName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 runtime has " + jcaName, e);
        }
    }
}
