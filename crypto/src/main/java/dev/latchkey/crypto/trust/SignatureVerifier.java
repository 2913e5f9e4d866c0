package dev.latchkey.crypto.trust;

import dev.latchkey.crypto.provider.BouncyCastle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Verifies signatures over the exact signed bytes (not a re-encoding), and remembers verdicts:
 * an intermediate shared by many leaves is verified once, as browsers do.
 */
final class SignatureVerifier {
    enum Verdict { VALID, INVALID, UNSUPPORTED }

    private static final int CACHE_LIMIT = 20_000;
    private final Map<ByteBuffer, Verdict> cache = new ConcurrentHashMap<>();

    /** Checks {@code signatureBits} over {@code signed} with {@code key} under {@code algorithm}. */
    Verdict verify(byte[] signed, AlgorithmIdentifier algorithm, ASN1BitString signatureBits, PublicKey key,
            byte[] keyId) {
        if (signatureBits.getPadBits() != 0) {
            return Verdict.INVALID;
        }
        byte[] signature = signatureBits.getOctets();
        ByteBuffer cacheKey = cacheKey(signed, signature, keyId);
        Verdict cached = cache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        Verdict verdict;
        try {
            ContentVerifier verifier = new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.provider())
                    .build(key).get(algorithm);
            try (OutputStream out = verifier.getOutputStream()) {
                out.write(signed);
            }
            verdict = verifier.verify(signature) ? Verdict.VALID : Verdict.INVALID;
        } catch (OperatorCreationException e) {
            verdict = Verdict.UNSUPPORTED;
        } catch (IOException | RuntimeException e) {
            // Malformed signature encodings (a bad DER ECDSA value, a wrong RSA length) are invalid signatures.
            verdict = Verdict.INVALID;
        }
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(cacheKey, verdict);
        return verdict;
    }

    private static ByteBuffer cacheKey(byte[] signed, byte[] signature, byte[] keyId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(signed);
            digest.update(signature);
            byte[] a = digest.digest();
            byte[] key = Arrays.copyOf(a, a.length + keyId.length);
            System.arraycopy(keyId, 0, key, a.length, keyId.length);
            return ByteBuffer.wrap(key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The raw bytes of the first element of a DER SEQUENCE: the signed part of a certificate or CRL. */
    static byte[] firstElement(byte[] der) {
        int offset = 1 + lengthOfLength(der, 1);
        int start = offset;
        int contentLength = readLength(der, start + 1);
        int end = start + 1 + lengthOfLength(der, start + 1) + contentLength;
        return Arrays.copyOfRange(der, start, end);
    }

    private static int lengthOfLength(byte[] der, int at) {
        int first = der[at] & 0xff;
        return first < 0x80 ? 1 : 1 + (first & 0x7f);
    }

    private static int readLength(byte[] der, int at) {
        int first = der[at] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 1; i <= (first & 0x7f); i++) {
            length = (length << 8) | (der[at + i] & 0xff);
        }
        return length;
    }
}
