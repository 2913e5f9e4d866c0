package dev.latchkey.model.transfer.kdbx;

import dev.latchkey.crypto.kdf.Argon2id;
import dev.latchkey.crypto.kdf.KdfParameters;
import dev.latchkey.crypto.kdf.KdfPolicyException;
import java.util.UUID;
import org.linguafranca.pwdb.kdbx.KdbxHeader;
import org.linguafranca.pwdb.security.VariantDictionary;

/**
 * KeePassJava2's KDBX header with the Argon2id key derivation added (KeePass 2.47 and KeePassXC
 * 2.6.3 offer it; KeePassJava2 2.2.4 knows only AES-KDF and Argon2d), and a memory ceiling
 * on every Argon2 variant so that a hostile file cannot exhaust memory. The library keeps
 * reading and writing the container; only the key derivation is ours (decision 0012).
 */
final class Argon2idKdbxHeader extends KdbxHeader {
    static final UUID ARGON2D = UUID.fromString("ef636ddf-8c29-444b-91f7-a9a403e30a0c");
    static final UUID ARGON2ID = UUID.fromString("9e298b19-56db-4773-b23d-fc3ec6f0a1e6");
    private static final long MAX_MEMORY = 1024L * 1024 * 1024;

    private VariantDictionary argon2id;

    /** A header to read a file into. */
    Argon2idKdbxHeader() {
    }

    /** A KDBX 4 header to write: AES-256, ChaCha20 inner stream, Argon2id with these settings. */
    static Argon2idKdbxHeader forWriting(KdfParameters kdf) {
        Argon2idKdbxHeader h = new Argon2idKdbxHeader(4);
        VariantDictionary params = h.getKdfParameters().copy();
        params.putUuid("$UUID", ARGON2ID);
        params.putULong("I", kdf.iterations());
        params.putULong("M", kdf.memoryKiB() * 1024L);
        params.putUInt("P", kdf.parallelism());
        h.setKdfParameters(params);
        return h;
    }

    private Argon2idKdbxHeader(int version) {
        super(version);
    }

    @Override
    public void setKdfParameters(VariantDictionary kdf) {
        if (kdf != null && kdf.get("$UUID") != null && ARGON2ID.equals(kdf.get("$UUID").asUuid())) {
            argon2id = kdf;
            VariantDictionary asKnown = kdf.copy();
            asKnown.putUuid("$UUID", ARGON2D);
            super.setKdfParameters(asKnown);
        } else {
            argon2id = null;
            super.setKdfParameters(kdf);
        }
    }

    @Override
    public VariantDictionary getKdfParameters() {
        return argon2id != null ? argon2id : super.getKdfParameters();
    }

    /** The transformed key; refuses Argon2 settings over 1 GiB or with a key or associated data. */
    @Override
    public byte[] getTransformedKeyDigest(byte[] key) {
        VariantDictionary kdf = getKdfParameters();
        if (kdf == null || kdf.get("M") == null) {
            return super.getTransformedKeyDigest(key);
        }
        long memory = kdf.mustGet("M").asLong();
        if (memory > MAX_MEMORY || memory < 8 * 1024) {
            throw new KdbxKdfRefused("the database's Argon2 memory setting (" + (memory >> 20)
                    + " MiB) is outside what Latchkey allows (8 KiB to 1 GiB)");
        }
        if (argon2id == null) {
            return super.getTransformedKeyDigest(key);
        }
        try {
            return Argon2id.deriveForeign(key, kdf.mustGet("S").asByteArray(), new KdfParameters(
                    (int) (memory / 1024), (int) kdf.mustGet("I").asLong(), kdf.mustGet("P").asInteger()), 32);
        } catch (KdfPolicyException | IllegalArgumentException e) {
            throw new KdbxKdfRefused("the database's Argon2id settings are refused: " + e.getMessage());
        }
    }

    /** The key derivation cannot run with the file's settings. */
    static final class KdbxKdfRefused extends RuntimeException {
        KdbxKdfRefused(String message) {
            super(message);
        }
    }
}
