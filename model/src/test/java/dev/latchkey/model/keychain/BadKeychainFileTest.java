package dev.latchkey.model.keychain;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static dev.latchkey.model.keychain.Fixtures.generic;
import static dev.latchkey.model.keychain.Fixtures.secret;
import static dev.latchkey.model.keychain.WrongPasswordTest.editHeader;
import static dev.latchkey.model.keychain.WrongPasswordTest.putInt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.store.RawKeychainDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files that are not keychains, are cut short, or ask for a format or KDF this version must
 * refuse: a clear Status and one-line message from unlock and describe, and nothing written.
 */
class BadKeychainFileTest {
    @TempDir
    static Path shared;
    static byte[] pristine;

    @TempDir
    Path home;

    @BeforeAll
    static void createKeychain() throws Exception {
        try (KeychainService s = Fixtures.service(shared, Fixtures.clock()); Secret pw = secret("x")) {
            KeychainRef ref = s.create("pristine", PASSWORD);
            try (Keychain k = s.unlock(ref, PASSWORD)) {
                for (int i = 0; i < 20; i++) {
                    k.add(ItemClass.GENERIC_PASSWORD, generic("service " + i, "account"), pw);
                }
            }
            pristine = Files.readAllBytes(ref.file());
        }
    }

    static Stream<Arguments> notKeychains() {
        byte[] random = new byte[64 * 1024];
        new Random(7).nextBytes(random);
        return Stream.of(
                Arguments.of("random bytes", random),
                Arguments.of("empty file", new byte[0]),
                Arguments.of("text file", "[general]\nname = not a keychain\n".repeat(200).getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notKeychains")
    void filesThatAreNotKeychains(String what, byte[] content) throws Exception {
        Path file = place(content);
        expect(file, Status.INVALID_KEYCHAIN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "an empty H2 database",
        "an H2 database with other tables",
        "an H2 database with a keychain_header table of junk"})
    void h2DatabasesThatAreNotKeychains(String what) throws Exception {
        Path file = home.resolve("keychains").resolve("login" + dev.latchkey.model.store.KeychainStore.FILE_SUFFIX);
        Files.createDirectories(file.getParent());
        switch (what) {
            case "an empty H2 database" -> RawKeychainDatabase.createPlain(file);
            case "an H2 database with other tables" -> RawKeychainDatabase.createPlain(file,
                    "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))",
                    "INSERT INTO customers VALUES (1, 'Ada')");
            default -> RawKeychainDatabase.createPlain(file,
                    "CREATE TABLE keychain_header (id TINYINT PRIMARY KEY, header VARBINARY(1024), master_key VARBINARY(256))",
                    "INSERT INTO keychain_header VALUES (1, X'0102030405060708090a', X'00')");
        }
        expect(file, Status.INVALID_KEYCHAIN);
    }

    /** Cut inside H2's file headers or chunks: refused. */
    @ParameterizedTest(name = "cut at {0}")
    @ValueSource(ints = {1, 100, 4095, 4096, 8192, 12288, 16384, 20000})
    void truncatedKeychains(int cut) throws Exception {
        assertThat(cut).isLessThan(pristine.length / 2);
        Path file = place(Arrays.copyOf(pristine, cut));
        expect(file, Status.INVALID_KEYCHAIN);
    }

    /**
     * Cut in the tail, H2 may still find a complete version (its recovery falls back to the
     * last whole chunk). Either the keychain is refused and untouched, or it opens with a
     * manifest that vouches for every row, every item intact.
     */
    @ParameterizedTest(name = "cut {0} bytes from the end")
    @ValueSource(ints = {1, 100, 4096, 8192})
    void keychainsCutInTheTail(int cut) throws Exception {
        Path file = place(Arrays.copyOf(pristine, pristine.length - cut));
        DiskSnapshot before = DiskSnapshot.of(home);
        KeychainService s = Fixtures.service(home, Fixtures.clock());
        KeychainRef ref = s.list().get(0);
        try (Keychain k = s.unlock(ref, PASSWORD)) {
            assertThat(k.damagedItems()).isEmpty();
            assertThat(k.items()).hasSize(20);
            for (var item : k.items()) {
                try (Secret read = k.readSecret(item.id())) {
                    assertThat(Fixtures.text(read)).isEqualTo("x");
                }
            }
        } catch (LatchkeyException e) {
            assertThat(e.status()).as(e.getMessage()).isEqualTo(Status.INVALID_KEYCHAIN);
            assertThat(DiskSnapshot.of(home)).isEqualTo(before);
        }
    }

    static Stream<Arguments> refusedHeaders() {
        return Stream.of(
                Arguments.of("format version 2", Status.UNSUPPORTED_FORMAT, edit(h -> {
                    h[9] = 2;
                    return h;
                })),
                Arguments.of("format version 0", Status.UNSUPPORTED_FORMAT, edit(h -> {
                    h[9] = 0;
                    return h;
                })),
                Arguments.of("other magic", Status.INVALID_KEYCHAIN, edit(h -> {
                    h[0] = 'X';
                    return h;
                })),
                Arguments.of("unknown KDF", Status.UNSUPPORTED_FORMAT, edit(h -> {
                    h[26] = 2;
                    return h;
                })),
                Arguments.of("memory 32 MiB", Status.UNSUPPORTED_FORMAT, edit(h -> putInt(h, 27, 32 * 1024))),
                Arguments.of("memory 64 MiB - 1 KiB", Status.UNSUPPORTED_FORMAT, edit(h -> putInt(h, 27, 64 * 1024 - 1))),
                Arguments.of("iterations 2", Status.UNSUPPORTED_FORMAT, edit(h -> putInt(h, 31, 2))),
                Arguments.of("iterations 1", Status.UNSUPPORTED_FORMAT, edit(h -> putInt(h, 31, 1))),
                Arguments.of("memory 2 GiB (above the ceiling)", Status.UNSUPPORTED_FORMAT,
                        edit(h -> putInt(h, 27, 2 * 1024 * 1024))),
                Arguments.of("header cut short", Status.INVALID_KEYCHAIN, edit(h -> Arrays.copyOf(h, 30))),
                Arguments.of("header with trailing bytes", Status.INVALID_KEYCHAIN, edit(h -> Arrays.copyOf(h, h.length + 4))),
                Arguments.of("header empty", Status.INVALID_KEYCHAIN, edit(h -> new byte[0])));
    }

    private static UnaryOperator<byte[]> edit(UnaryOperator<byte[]> e) {
        return e;
    }

    /** The header is refused before the password is tried: a wrong password gets the same answer. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedHeaders")
    void refusedHeadersAreReportedBeforeThePasswordIsChecked(String what, Status status, UnaryOperator<byte[]> edit)
            throws Exception {
        Path file = place(pristine);
        editHeader(file, "header", edit);
        LatchkeyException e = expect(file, status);
        KeychainService s = Fixtures.service(home, Fixtures.clock());
        LatchkeyException wrong = refuse(s.resolve(file.toString()), "wrong password".toCharArray(), status);
        assertThat(wrong.getMessage()).isEqualTo(e.getMessage());
    }

    /** A newer schema is refused before the password is tried; describe still says what it is. */
    @org.junit.jupiter.api.Test
    void aNewerSchemaIsRefusedAndNotMigrated() throws Exception {
        Path file = place(pristine);
        try (RawKeychainDatabase db = RawKeychainDatabase.open(file)) {
            db.execute("INSERT INTO schema_history VALUES (99, 'V99__future.sql', CURRENT_TIMESTAMP)");
        }
        KeychainService s = Fixtures.service(home, Fixtures.clock());
        KeychainRef ref = s.list().get(0);
        assertThat(s.describe(ref).schemaVersion()).isEqualTo(99);
        LatchkeyException e = refuse(ref, PASSWORD, Status.UNSUPPORTED_FORMAT);
        LatchkeyException wrong = refuse(ref, "wrong password".toCharArray(), Status.UNSUPPORTED_FORMAT);
        assertThat(wrong.getMessage()).isEqualTo(e.getMessage());
    }

    /** The checks that refuse bad files leave a keychain that is open (here, locked by H2) alone. */
    @org.junit.jupiter.api.Test
    void aKeychainInUseIsNotMistakenForABadFile() throws Exception {
        place(pristine);
        try (KeychainService s = Fixtures.service(home, Fixtures.clock())) {
            KeychainRef ref = s.list().get(0);
            try (Keychain k = s.unlock(ref, PASSWORD)) {
                assertThat(s.describe(ref).itemCount()).isEqualTo(20);
                // Another service (as another process would) waits for the file, then says who has it.
                KeychainService other = new KeychainService(new dev.latchkey.model.settings.LatchkeyHome(home),
                        java.time.Duration.ZERO, Fixtures.clock(), java.time.Duration.ofMillis(300));
                LatchkeyException e = catchThrowableOfType(() -> other.describe(ref), LatchkeyException.class);
                assertThat(e.status()).isEqualTo(Status.KEYCHAIN_IN_USE);
                assertThat(e.getMessage()).startsWith("the keychain is in use by Latchkey (pid ");
                assertThat(k.items()).hasSize(20);
            }
        }
    }

    private Path place(byte[] content) throws Exception {
        Path file = home.resolve("keychains").resolve("login" + dev.latchkey.model.store.KeychainStore.FILE_SUFFIX);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    /** Unlock (right password) and describe both fail with {@code status}; no file changes. */
    private LatchkeyException expect(Path file, Status status) throws LatchkeyException {
        KeychainService s = Fixtures.service(home, Fixtures.clock());
        KeychainRef ref = s.list().get(0);
        assertThat(ref.file()).isEqualTo(file.toAbsolutePath());
        LatchkeyException unlock = refuse(ref, PASSWORD, status);
        DiskSnapshot before = DiskSnapshot.of(home);
        LatchkeyException describe = catchThrowableOfType(() -> s.describe(ref), LatchkeyException.class);
        assertThat(describe).as("describe must fail").isNotNull();
        assertThat(describe.status()).as(describe.getMessage()).isEqualTo(status);
        assertThat(DiskSnapshot.of(home)).as("files after describe").isEqualTo(before);
        // Asking again gets the same answer (nothing was left open or half-written).
        assertThat(refuse(ref, PASSWORD, status).getMessage()).isEqualTo(unlock.getMessage());
        return unlock;
    }

    /** Unlock fails with {@code status} and a one-line message; the keychain stays locked; no file changes. */
    private LatchkeyException refuse(KeychainRef ref, char[] password, Status status) {
        DiskSnapshot before = DiskSnapshot.of(home);
        KeychainService s = Fixtures.service(home, Fixtures.clock());
        LatchkeyException e = catchThrowableOfType(() -> s.unlock(ref, password), LatchkeyException.class);
        assertThat(e).as("unlock must fail").isNotNull();
        assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
        assertThat(s.state(ref)).isEqualTo(LockState.LOCKED);
        assertThat(DiskSnapshot.of(home)).as("files after refusing the keychain").isEqualTo(before);
        return e;
    }
}
