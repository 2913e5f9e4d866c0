package dev.latchkey.model.keychain;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static dev.latchkey.model.keychain.Fixtures.generic;
import static dev.latchkey.model.keychain.Fixtures.secret;
import static dev.latchkey.model.keychain.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.store.RawKeychainDatabase;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong password, and every change to what the password unlocks (header fields, the wrapped
 * master key), fail alike: AUTH_FAILED with one message, and the file is not written.
 */
class WrongPasswordTest {
    // Header layout (KeychainHeader.encode): magic 8, version 2, id 16, kdf id 1, m 4, t 4, p 4, salt length 1, salt 32.
    private static final int ID = 10;
    private static final int MEMORY = 27;
    private static final int ITERATIONS = 31;
    private static final int PARALLELISM = 35;
    private static final int SALT = 40;

    @TempDir
    Path home;

    @Test
    void everyCauseGivesTheSameAuthFailedAndWritesNothing() throws Exception {
        try (KeychainService s = Fixtures.service(home, Fixtures.clock()); Secret pw = secret("kept")) {
            KeychainRef ref = s.create("login", PASSWORD);
            UUID id;
            try (Keychain k = s.unlock(ref, PASSWORD)) {
                id = k.add(ItemClass.GENERIC_PASSWORD, generic("mail", "alice"), pw);
            }
            byte[] pristine = Files.readAllBytes(ref.file());

            String wrongPasswordMessage = authFailure(s, ref, "correct horse battery stapler".toCharArray());
            assertThat(wrongPasswordMessage).isEqualTo(Status.AUTH_FAILED.message());

            Map<String, UnaryOperator<byte[]>> headerEdits = new LinkedHashMap<>();
            headerEdits.put("keychain id", h -> flip(h, ID + 3));
            headerEdits.put("salt", h -> flip(h, SALT + 17));
            headerEdits.put("iterations 3 -> 4", h -> putInt(h, ITERATIONS, 4));
            headerEdits.put("parallelism 2 -> 1", h -> putInt(h, PARALLELISM, 1));
            headerEdits.put("memory 64 -> 65 MiB", h -> putInt(h, MEMORY, 65 * 1024));
            for (var edit : headerEdits.entrySet()) {
                Files.write(ref.file(), pristine);
                editHeader(ref.file(), "header", edit.getValue());
                assertThat(authFailure(s, ref, PASSWORD)).as(edit.getKey()).isEqualTo(wrongPasswordMessage);
            }
            for (int index : new int[] {0, 12, 20, -1}) { // nonce, ciphertext, ciphertext, tag
                Files.write(ref.file(), pristine);
                editHeader(ref.file(), "master_key", mk -> flip(mk, index < 0 ? mk.length + index : index));
                assertThat(authFailure(s, ref, PASSWORD)).as("master key byte " + index).isEqualTo(wrongPasswordMessage);
            }

            Files.write(ref.file(), pristine);
            try (Keychain k = s.unlock(ref, PASSWORD)) {
                // Unlocked already: the password is checked again, with the same answer.
                assertThat(authFailure(s, ref, "nope".toCharArray())).isEqualTo(wrongPasswordMessage);
                assertThat(k.isClosed()).isFalse();
                try (Secret read = k.readSecret(id)) {
                    assertThat(text(read)).isEqualTo("kept");
                }
            }
        }
    }

    /** Unlocks expecting AUTH_FAILED; checks that no file under the home changed; returns the message. */
    private String authFailure(KeychainService s, KeychainRef ref, char[] password) {
        DiskSnapshot before = DiskSnapshot.of(home);
        LatchkeyException e = catchThrowableOfType(() -> s.unlock(ref, password), LatchkeyException.class);
        assertThat(e).as("unlock must fail").isNotNull();
        assertThat(e.status()).isEqualTo(Status.AUTH_FAILED);
        assertThat(DiskSnapshot.of(home)).as("files after a failed unlock").isEqualTo(before);
        if (s.unlocked(ref).isEmpty()) {
            assertThat(s.state(ref)).isEqualTo(LockState.LOCKED);
        }
        return e.getMessage();
    }

    static void editHeader(Path file, String column, UnaryOperator<byte[]> edit) throws Exception {
        try (RawKeychainDatabase db = RawKeychainDatabase.open(file)) {
            byte[] value = db.bytes("SELECT " + column + " FROM keychain_header WHERE id = 1");
            db.execute("UPDATE keychain_header SET " + column + " = ? WHERE id = 1", (Object) edit.apply(value));
        }
    }

    static byte[] flip(byte[] b, int index) {
        b[index] ^= 0x01;
        return b;
    }

    static byte[] putInt(byte[] b, int index, int value) {
        ByteBuffer.wrap(b).putInt(index, value);
        return b;
    }
}
