package dev.latchkey.crypto.kdf;

import dev.latchkey.crypto.secret.Secret;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id (RFC 9106) through Bouncy Castle, with the type set explicitly. */
public final class Argon2id {
    public static final int KEY_LENGTH = 32;
    /** Passes a foreign file may ask for; more would only make the import hang. */
    static final int FOREIGN_CEILING_ITERATIONS = 1000;

    private Argon2id() {
    }

    /** Derives a 32-byte key from a password after checking the parameters against the policy. */
    public static Secret deriveKey(Secret password, byte[] salt, KdfParameters params)
            throws KdfPolicyException {
        KdfPolicy.check(params);
        if (salt.length < 16) {
            throw new KdfPolicyException("salt too short");
        }
        byte[] out = new byte[KEY_LENGTH];
        hash(password.bytes(), salt, null, null, params, out);
        return Secret.wrap(out);
    }

    /**
     * Argon2id with the settings a foreign file carries (a KeePass database, a Bitwarden
     * export): no floor, since the file's author chose them, but the keychain ceiling on memory
     * and lanes so that a hostile file cannot exhaust memory. Returns {@code length} bytes.
     */
    public static byte[] deriveForeign(byte[] password, byte[] salt, KdfParameters params, int length)
            throws KdfPolicyException {
        if (params.memoryKiB() > KdfPolicy.CEILING_MEMORY_KIB || params.parallelism() > KdfPolicy.CEILING_PARALLELISM
                || params.iterations() > FOREIGN_CEILING_ITERATIONS) {
            throw new KdfPolicyException("the file's key derivation settings " + params
                    + " exceed what Latchkey allows (1 GiB, 16 lanes, " + FOREIGN_CEILING_ITERATIONS + " passes)");
        }
        byte[] out = new byte[length];
        hash(password, salt, null, null, params, out);
        return out;
    }

    /** The raw function, with RFC 9106's optional secret and associated data; no policy check. */
    static void hash(byte[] password, byte[] salt, byte[] secret, byte[] associatedData,
            KdfParameters params, byte[] out) {
        Argon2Parameters.Builder builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(salt);
        if (secret != null) {
            builder.withSecret(secret);
        }
        if (associatedData != null) {
            builder.withAdditional(associatedData);
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(builder.build());
        generator.generateBytes(password, out);
    }
}
