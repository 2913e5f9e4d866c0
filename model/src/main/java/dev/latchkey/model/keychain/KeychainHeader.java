package dev.latchkey.model.keychain;

import dev.latchkey.crypto.kdf.KdfParameters;
import dev.latchkey.crypto.kdf.KdfPolicy;
import dev.latchkey.crypto.kdf.KdfPolicyException;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * The clear-text keychain header: format version, keychain id, KDF parameters and salt. Its
 * exact bytes are the associated data of the master-key wrap, so changing any field (say, to
 * weaken the KDF) makes the password check fail.
 */
public record KeychainHeader(int formatVersion, UUID keychainId, KdfParameters kdf, byte[] salt) {
    static final byte[] MAGIC = "LATCHKEY".getBytes(StandardCharsets.US_ASCII);
    public static final int FORMAT_VERSION = 1;
    static final int KDF_ARGON2ID_13 = 1;
    static final int SALT_LENGTH = 32;

    public KeychainHeader {
        salt = salt.clone();
    }

    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 2 + 16 + 1 + 12 + 1 + salt.length);
        b.put(MAGIC);
        b.putShort((short) formatVersion);
        b.putLong(keychainId.getMostSignificantBits());
        b.putLong(keychainId.getLeastSignificantBits());
        b.put((byte) KDF_ARGON2ID_13);
        b.putInt(kdf.memoryKiB());
        b.putInt(kdf.iterations());
        b.putInt(kdf.parallelism());
        b.put((byte) salt.length);
        b.put(salt);
        return b.array();
    }

    /**
     * Parses and vets a header: not ours → INVALID_KEYCHAIN; a newer format or a KDF below the
     * floor → UNSUPPORTED_FORMAT. Nothing is derived from a header that fails here.
     */
    public static KeychainHeader parse(byte[] bytes) throws LatchkeyException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            byte[] magic = new byte[MAGIC.length];
            b.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new LatchkeyException(Status.INVALID_KEYCHAIN, "not a Latchkey keychain");
            }
            int version = Short.toUnsignedInt(b.getShort());
            if (version != FORMAT_VERSION) {
                throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, "keychain format version "
                        + version + " is not supported by this version of Latchkey");
            }
            UUID id = new UUID(b.getLong(), b.getLong());
            int kdfId = Byte.toUnsignedInt(b.get());
            if (kdfId != KDF_ARGON2ID_13) {
                throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, "unknown key derivation function");
            }
            int m = b.getInt();
            int t = b.getInt();
            int p = b.getInt();
            int saltLength = Byte.toUnsignedInt(b.get());
            if (saltLength != SALT_LENGTH) {
                throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, "keychain salt has the wrong length");
            }
            byte[] salt = new byte[saltLength];
            b.get(salt);
            if (b.hasRemaining()) {
                throw new LatchkeyException(Status.INVALID_KEYCHAIN, "keychain header is malformed");
            }
            if (m <= 0 || t <= 0 || p <= 0) {
                throw new LatchkeyException(Status.INVALID_KEYCHAIN, "keychain header is malformed");
            }
            KdfParameters kdf = new KdfParameters(m, t, p);
            try {
                KdfPolicy.check(kdf);
            } catch (KdfPolicyException e) {
                throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, "the keychain's " + e.getMessage());
            }
            return new KeychainHeader(version, id, kdf, salt);
        } catch (BufferUnderflowException e) {
            throw new LatchkeyException(Status.INVALID_KEYCHAIN, "keychain header is truncated");
        }
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeychainHeader h && Arrays.equals(encode(), h.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "KeychainHeader[v" + formatVersion + " " + keychainId + " " + kdf + "]";
    }
}
