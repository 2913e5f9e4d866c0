package dev.latchkey.model.transfer.backup;

import dev.latchkey.crypto.AuthenticationFailedException;
import dev.latchkey.crypto.aead.AeadKey;
import dev.latchkey.crypto.aead.AesGcm;
import dev.latchkey.crypto.kdf.Argon2id;
import dev.latchkey.crypto.kdf.KdfParameters;
import dev.latchkey.crypto.kdf.KdfPolicyException;
import dev.latchkey.crypto.random.Randoms;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.SecretBuffer;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.AttributeCodec;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.model.transfer.entries.ImportErrors;
import dev.latchkey.model.transfer.entries.MappedEntry;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The encrypted Latchkey backup (decision 0012): every item of a keychain, certificates, keys,
 * codes and trust settings included, with all its secrets, in one file. Layout:
 * {@code "LKBACKUP" ‖ version ‖ Argon2id m, t, p ‖ salt ‖ check ‖ payload}; the key is
 * Argon2id of the backup's passphrase, the check (a known text) and the payload are AES-256-GCM
 * boxes whose associated data is everything before the check. A wrong passphrase fails the
 * check (WRONG_PASSPHRASE); a file changed after that fails the payload (TAMPERED).
 */
public final class KeychainBackup {
    private static final byte[] MAGIC = "LKBACKUP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int SALT_LENGTH = 16;
    private static final int HEADER_LENGTH = MAGIC.length + 1 + 12 + SALT_LENGTH;
    private static final byte[] CHECK = "Latchkey backup, version 1".getBytes(StandardCharsets.US_ASCII);

    private KeychainBackup() {
    }

    /**
     * The backup of every item; INTERACTION_REQUIRED without a fresh entry of the keychain
     * password. The caller wipes nothing: the result holds only ciphertext.
     */
    public static byte[] create(Keychain keychain, char[] passphrase, KdfParameters kdf, Progress progress)
            throws LatchkeyException {
        if (!keychain.recentlyAuthenticated()) {
            throw new LatchkeyException(Status.INTERACTION_REQUIRED, "enter the keychain password again to back it up");
        }
        if (passphrase == null || passphrase.length == 0) {
            throw new LatchkeyException(Status.PARAM, "a backup needs a passphrase to protect it");
        }
        List<Item> items = keychain.items();
        SecretBuffer plain = new SecretBuffer();
        try (DataOutputStream out = new DataOutputStream(plain)) {
            out.writeInt(items.size());
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                Map<SecretKind, Secret> secrets = keychain.readSecrets(item.id());
                try {
                    byte[] attributes = AttributeCodec.encode(item.attributes());
                    out.writeByte(item.itemClass().code());
                    out.writeInt(attributes.length);
                    out.write(attributes);
                    out.writeByte(secrets.size());
                    for (Map.Entry<SecretKind, Secret> s : secrets.entrySet()) {
                        out.writeByte(s.getKey().tag());
                        out.writeInt(s.getValue().length());
                        out.write(s.getValue().bytes());
                    }
                } finally {
                    secrets.values().forEach(Secret::close);
                }
                ImportErrors.checkCanceled(progress, i + 1, items.size());
            }
        } catch (IOException e) {
            throw new LatchkeyException(Status.INTERNAL, "cannot build the backup", e);
        } catch (LatchkeyException e) {
            plain.takeAndWipe();
            throw e;
        }
        byte[] payload = plain.takeAndWipe();
        byte[] salt = Randoms.bytes(SALT_LENGTH);
        byte[] header = ByteBuffer.allocate(HEADER_LENGTH).put(MAGIC).put((byte) VERSION).putInt(kdf.memoryKiB())
                .putInt(kdf.iterations()).putInt(kdf.parallelism()).put(salt).array();
        try (AeadKey key = key(passphrase, salt, kdf)) {
            byte[] check = AesGcm.seal(key, CHECK, header);
            byte[] box = AesGcm.seal(key, payload, concat(header, check));
            return ByteBuffer.allocate(header.length + 2 + check.length + box.length).put(header)
                    .putShort((short) check.length).put(check).put(box).array();
        } finally {
            Wipe.bytes(payload);
        }
    }

    /** Whether a file starts like a Latchkey backup. */
    public static boolean looksLikeBackup(Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens a backup into the items it holds (their ids are new when stored). WRONG_PASSPHRASE,
     * TAMPERED for a changed file, DECODE for something that is not a backup.
     */
    public static List<MappedEntry> open(Path file, byte[] data, char[] passphrase) throws LatchkeyException {
        ByteBuffer b = ByteBuffer.wrap(data);
        if (data.length < HEADER_LENGTH + 2 || !Arrays.equals(Arrays.copyOf(data, MAGIC.length), MAGIC)) {
            throw ImportErrors.malformed(file, "", "is not a Latchkey backup");
        }
        b.position(MAGIC.length);
        if (b.get() != VERSION) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, file.getFileName()
                    + " is a backup of a newer Latchkey; update Latchkey to restore it");
        }
        KdfParameters kdf;
        try {
            kdf = new KdfParameters(b.getInt(), b.getInt(), b.getInt());
        } catch (IllegalArgumentException e) {
            throw new LatchkeyException(Status.TAMPERED, file.getFileName() + ": its key derivation settings were changed");
        }
        byte[] salt = new byte[SALT_LENGTH];
        b.get(salt);
        byte[] header = Arrays.copyOf(data, HEADER_LENGTH);
        int checkLength = Short.toUnsignedInt(b.getShort());
        if (checkLength > b.remaining()) {
            throw ImportErrors.malformed(file, "", "the backup ends too early (truncated?)");
        }
        byte[] check = new byte[checkLength];
        b.get(check);
        byte[] box = new byte[b.remaining()];
        b.get(box);
        byte[] payload = null;
        try (AeadKey key = key(passphrase, salt, kdf)) {
            try {
                Wipe.bytes(AesGcm.open(key, check, header));
            } catch (AuthenticationFailedException e) {
                throw new LatchkeyException(Status.WRONG_PASSPHRASE, "the passphrase does not open " + file.getFileName());
            }
            try {
                payload = AesGcm.open(key, box, concat(header, check));
            } catch (AuthenticationFailedException e) {
                throw new LatchkeyException(Status.TAMPERED, file.getFileName()
                        + " was changed or damaged after it was written; nothing was restored");
            }
            return items(file, payload);
        } finally {
            Wipe.bytes(payload);
        }
    }

    private static List<MappedEntry> items(Path file, byte[] payload) throws LatchkeyException {
        List<MappedEntry> out = new ArrayList<>();
        try {
            ByteBuffer b = ByteBuffer.wrap(payload);
            int count = b.getInt();
            for (int i = 0; i < count; i++) {
                ItemClass itemClass = ItemClass.byCode(b.get()).orElseThrow(() -> new IllegalArgumentException("class"));
                ItemAttributes attributes = AttributeCodec.decode(chunk(b));
                Map<SecretKind, Secret> secrets = new EnumMap<>(SecretKind.class);
                int n = Byte.toUnsignedInt(b.get());
                for (int s = 0; s < n; s++) {
                    SecretKind kind = SecretKind.byTag(Byte.toUnsignedInt(b.get()))
                            .orElseThrow(() -> new IllegalArgumentException("secret kind"));
                    secrets.put(kind, Secret.wrap(chunk(b)));
                }
                Secret primary = secrets.remove(SecretKind.PRIMARY);
                Secret seed = secrets.remove(SecretKind.OTP_SEED);
                out.add(new MappedEntry("item " + (i + 1), itemClass, attributes, primary, seed, secrets, List.of()));
            }
            return out;
        } catch (BufferUnderflowException | IllegalArgumentException | AttributeCodec.MalformedItemException e) {
            out.forEach(MappedEntry::close);
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, file.getFileName()
                    + " holds items this version of Latchkey cannot read; nothing was restored");
        }
    }

    private static byte[] chunk(ByteBuffer b) {
        int length = b.getInt();
        if (length < 0 || length > b.remaining()) {
            throw new IllegalArgumentException("length");
        }
        byte[] out = new byte[length];
        b.get(out);
        return out;
    }

    private static AeadKey key(char[] passphrase, byte[] salt, KdfParameters kdf) throws LatchkeyException {
        try (Secret pw = Secret.fromChars(passphrase); Secret derived = Argon2id.deriveKey(pw, salt, kdf)) {
            return AeadKey.of(derived);
        } catch (KdfPolicyException e) {
            throw new LatchkeyException(Status.TAMPERED, "the backup's key derivation settings are refused: "
                    + e.getMessage());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
