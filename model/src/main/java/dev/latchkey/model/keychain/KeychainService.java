package dev.latchkey.model.keychain;

import dev.latchkey.crypto.kdf.KdfCalibrator;
import dev.latchkey.crypto.kdf.KdfParameters;
import dev.latchkey.crypto.kdf.KdfPolicy;
import dev.latchkey.crypto.random.Randoms;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.settings.LatchkeyHome;
import dev.latchkey.model.settings.SettingsStore;
import dev.latchkey.model.store.HeaderRecord;
import dev.latchkey.model.store.KeychainFiles;
import dev.latchkey.model.store.KeychainOwner;
import dev.latchkey.model.store.KeychainStore;
import dev.latchkey.model.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keychains under one {@link LatchkeyHome}: create, list, unlock, lease, lock, change
 * password, delete, the default keychain. Tracks which keychains this process has open (see
 * {@link OpenKeychains}) and tells {@link LockListener}s about every lock-state change.
 */
public final class KeychainService implements AutoCloseable {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}");
    private static final String DEFAULT_KEY = "defaultKeychain";
    public static final String LOGIN = "login";
    /**
     * How long to wait for another process to let go of a keychain file: long enough for a
     * queue of command-line writers, each holding it for a second or two, to pass.
     */
    public static final Duration OWNER_WAIT = Duration.ofSeconds(60);
    /** How long locking waits for the tasks using the keychain to finish. */
    static final Duration DRAIN_WAIT = Duration.ofSeconds(10);

    private final LatchkeyHome home;
    private final SettingsStore settings;
    private final Duration kdfTarget;
    private final Clock clock;
    private final OpenKeychains open;
    private volatile KdfParameters calibrated;

    /**
     * @param kdfTarget how long one key derivation should take on this machine for new
     *     passwords (architecture §4: 0.5–1 s); {@link Duration#ZERO} uses the floor without measuring
     */
    public KeychainService(LatchkeyHome home, Duration kdfTarget, Clock clock) {
        this(home, kdfTarget, clock, OWNER_WAIT);
    }

    /**
     * @param ownerWait how long to wait for another process to finish with a keychain file
     *     before reporting it in use
     */
    public KeychainService(LatchkeyHome home, Duration kdfTarget, Clock clock, Duration ownerWait) {
        this.home = home;
        this.settings = new SettingsStore(home.settingsFile());
        this.kdfTarget = kdfTarget;
        this.clock = clock;
        this.open = new OpenKeychains(clock, ownerWait, DRAIN_WAIT);
    }

    /**
     * The service on the user's data folder. New passwords are tuned to take about 700 ms to
     * derive; {@code LATCHKEY_KDF_TARGET_MS} changes that target (tests and slow machines), but
     * never below the floor of {@link KdfPolicy}.
     */
    public static KeychainService forUser() {
        return new KeychainService(LatchkeyHome.fromEnvironment(), kdfTarget(System.getenv("LATCHKEY_KDF_TARGET_MS")),
                Clock.systemUTC());
    }

    static Duration kdfTarget(String millis) {
        if (millis != null && millis.matches("\\d{1,6}")) {
            return Duration.ofMillis(Long.parseLong(millis));
        }
        return Duration.ofMillis(700);
    }

    public LatchkeyHome home() {
        return home;
    }

    public SettingsStore settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public void addLockListener(LockListener l) {
        open.addListener(l);
    }

    public void removeLockListener(LockListener l) {
        open.removeListener(l);
    }

    /**
     * Told, with the holder's description ("latchkey daemon (pid 4242)"), when a keychain file
     * is in use by another process and this one waits for it.
     */
    public void onWaitingForKeychain(java.util.function.Consumer<String> notice) {
        open.onWaiting(notice);
    }

    // ---- naming and listing ----------------------------------------------------------------

    /** A keychain by name (in the keychains folder) or by path to a {@code .keychain.mv.db} file. */
    public KeychainRef resolve(String nameOrPath) throws LatchkeyException {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            throw new LatchkeyException(Status.PARAM, "no keychain name given");
        }
        if (nameOrPath.contains("/") || nameOrPath.contains(java.io.File.separator)
                || nameOrPath.endsWith(KeychainStore.FILE_SUFFIX)) {
            Path file = Path.of(nameOrPath);
            String fileName = file.getFileName().toString();
            if (!fileName.endsWith(KeychainStore.FILE_SUFFIX)) {
                file = file.resolveSibling(fileName + KeychainStore.FILE_SUFFIX);
                fileName = file.getFileName().toString();
            }
            return new KeychainRef(fileName.substring(0, fileName.length() - KeychainStore.FILE_SUFFIX.length()), file);
        }
        checkName(nameOrPath);
        return new KeychainRef(nameOrPath, home.keychains().resolve(nameOrPath + KeychainStore.FILE_SUFFIX));
    }

    private static void checkName(String name) throws LatchkeyException {
        if (!NAME.matcher(name).matches()) {
            throw new LatchkeyException(Status.PARAM, "a keychain name has 1 to 64 letters, digits, "
                    + "spaces, dots, dashes or underscores, and starts with a letter or digit");
        }
    }

    /** Keychains in the keychains folder, by name. */
    public List<KeychainRef> list() throws LatchkeyException {
        Path dir = home.keychains();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<KeychainRef> out = new ArrayList<>();
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(KeychainStore.FILE_SUFFIX) && !n.startsWith(".")) {
                    out.add(new KeychainRef(n.substring(0, n.length() - KeychainStore.FILE_SUFFIX.length()), f));
                }
            }
            out.sort(Comparator.comparing(KeychainRef::name, String.CASE_INSENSITIVE_ORDER));
            return out;
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot list " + dir, e);
        }
    }

    public boolean exists(KeychainRef ref) {
        return Files.isRegularFile(ref.file());
    }

    // ---- default keychain ------------------------------------------------------------------

    /** The default keychain: the one set in settings, else "login", else the only one. */
    public Optional<KeychainRef> defaultKeychain() throws LatchkeyException {
        var node = settings.read().get(DEFAULT_KEY);
        if (node != null && node.isTextual()) {
            KeychainRef ref = resolve(node.asText());
            if (exists(ref)) {
                return Optional.of(ref);
            }
        }
        List<KeychainRef> all = list();
        return all.stream().filter(r -> r.name().equals(LOGIN)).findFirst()
                .or(() -> all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty());
    }

    public KeychainRef requireDefault() throws LatchkeyException {
        return defaultKeychain().orElseThrow(() -> new LatchkeyException(Status.NO_DEFAULT_KEYCHAIN,
                "there is no default keychain; create one with create-keychain"));
    }

    public void setDefaultKeychain(KeychainRef ref) throws LatchkeyException {
        requireExists(ref);
        String value = ref.file().equals(home.keychains().resolve(ref.name() + KeychainStore.FILE_SUFFIX).toAbsolutePath()
                .normalize()) ? ref.name() : ref.file().toString();
        settings.update(s -> s.put(DEFAULT_KEY, value));
    }

    private void requireExists(KeychainRef ref) throws LatchkeyException {
        if (!exists(ref)) {
            throw new LatchkeyException(Status.NO_SUCH_KEYCHAIN, "no keychain named \"" + ref.name() + "\"");
        }
    }

    // ---- lifecycle -------------------------------------------------------------------------

    /** The KDF cost for a new password: calibrated once per process. */
    KdfParameters kdfForNewPassword() {
        KdfParameters p = calibrated;
        if (p == null) {
            p = kdfTarget.isZero() ? KdfPolicy.FLOOR : KdfCalibrator.calibrate(kdfTarget);
            calibrated = p;
        }
        return p;
    }

    /**
     * Creates a keychain and leaves it locked ({@code latchkey create-keychain}); the first one
     * becomes the default. DUPLICATE_KEYCHAIN if it exists.
     */
    public KeychainRef create(String nameOrPath, char[] password) throws LatchkeyException {
        Created created = make(nameOrPath, password);
        created.masterKey().close();
        return created.ref();
    }

    /**
     * Creates a keychain as {@link #create} does and unlocks it for the user with the master
     * key just made (the window's first run and New Keychain): the password's key is derived
     * once, for sealing the master key, not a second time to unlock it.
     */
    public Keychain createUnlocked(String nameOrPath, char[] password) throws LatchkeyException {
        Created created = make(nameOrPath, password);
        return open.unlockCreated(created.ref(), (c, wait, waiting, onClose) -> KeychainOpening.openCreated(
                created.ref(), created.header(), created.masterKey(), c, wait, waiting, onClose));
    }

    /** A keychain file just written, and its master key (the caller closes it). */
    private record Created(KeychainRef ref, KeychainHeader header, Secret masterKey) {
    }

    private Created make(String nameOrPath, char[] password) throws LatchkeyException {
        KeychainRef ref = resolve(nameOrPath);
        checkNewPassword(password);
        if (exists(ref)) {
            throw new LatchkeyException(Status.DUPLICATE_KEYCHAIN, "a keychain named \"" + ref.name() + "\" already exists");
        }
        KeychainHeader header = new KeychainHeader(KeychainHeader.FORMAT_VERSION, Randoms.uuid(),
                kdfForNewPassword(), Randoms.bytes(KeychainHeader.SALT_LENGTH));
        Secret mk = Secret.wrap(Randoms.bytes(MasterKeyWrap.MASTER_KEY_LENGTH));
        try {
            byte[] wrapped = MasterKeyWrap.wrap(password, header, mk);
            if (ref.file().getParent().equals(home.keychains().toAbsolutePath().normalize())) {
                KeychainFiles.createPrivateDirectory(home.keychains());
            }
            KeychainFiles.create(ref.file(), new HeaderRecord(header.encode(), wrapped),
                    Keychain.initialManifest(mk, header), Keychain.initialSettings(mk, header));
            var current = settings.read().get(DEFAULT_KEY);
            if (current == null || !exists(resolve(current.asText()))) {
                setDefaultKeychain(ref);
            }
            return new Created(ref, header, mk);
        } catch (StoreException e) {
            mk.close();
            if (e.kind() == StoreException.Kind.DUPLICATE) {
                throw new LatchkeyException(Status.DUPLICATE_KEYCHAIN,
                        "a keychain named \"" + ref.name() + "\" already exists", e);
            }
            throw StoreErrors.map(e);
        } catch (IOException e) {
            mk.close();
            throw new LatchkeyException(Status.IO, "cannot create " + home.keychains(), e);
        } catch (LatchkeyException | RuntimeException e) {
            mk.close();
            throw e;
        }
    }

    private static void checkNewPassword(char[] password) throws LatchkeyException {
        if (password == null || password.length == 0) {
            throw new LatchkeyException(Status.PARAM, "a keychain password cannot be empty");
        }
    }

    /**
     * Unlocks for the user, until {@link #lock}: the window's unlock, {@code latchkey unlock}.
     * The password is checked on a read-only connection first, so a wrong password leaves the
     * file byte for byte as it was. When this process has the keychain open already, the
     * password is checked against it. Waits (up to the owner wait) while another process has
     * the file.
     */
    public Keychain unlock(KeychainRef ref, char[] password) throws LatchkeyException {
        requireExists(ref);
        return open.unlock(ref, password);
    }

    /**
     * A hold on the keychain for one task (a command, a request from another application):
     * without asking for the password when the user has it unlocked, else unlocked with
     * {@code password} until the last such hold is closed.
     */
    public KeychainLease lease(KeychainRef ref, PasswordSource password) throws LatchkeyException {
        requireExists(ref);
        return open.lease(ref, password);
    }

    /** The keychain if the user has it unlocked (not when only a task holds it). */
    public Optional<Keychain> unlocked(KeychainRef ref) {
        return open.unlocked(ref);
    }

    /** The lock state as the user sees it. */
    public LockState state(KeychainRef ref) {
        return open.state(ref);
    }

    /** Locks: tasks using the keychain get a few seconds to finish, new ones wait and unlock it again. */
    public void lock(KeychainRef ref) {
        open.lock(ref);
    }

    public void lockAll() {
        open.lockAll();
    }

    /** Changes the keychain password (re-wraps the master key only). */
    public void changePassword(KeychainRef ref, char[] oldPassword, char[] newPassword) throws LatchkeyException {
        checkNewPassword(newPassword);
        char[] given = oldPassword.clone();
        try (KeychainLease lease = lease(ref, () -> given)) {
            lease.keychain().changePassword(oldPassword, newPassword, kdfForNewPassword());
        }
    }

    /**
     * Deletes the keychain file (locking it here first); KEYCHAIN_IN_USE if another process
     * keeps it open longer than the owner wait.
     */
    public void delete(KeychainRef ref) throws LatchkeyException {
        requireExists(ref);
        lock(ref);
        try (KeychainOwner owner = KeychainOpening.claim(ref, open.ownerWait(), notice -> { })) {
            KeychainFiles.delete(owner);
        } catch (StoreException e) {
            throw StoreErrors.map(e);
        }
        var current = settings.read().get(DEFAULT_KEY);
        if (current != null && resolve(current.asText()).equals(ref)) {
            settings.update(s -> s.remove(DEFAULT_KEY));
        }
    }

    /**
     * Header facts and item count, read without the password and without writing: from the
     * keychain itself when this process has it open, else from the file.
     */
    public KeychainDescription describe(KeychainRef ref) throws LatchkeyException {
        requireExists(ref);
        boolean isDefault = defaultKeychain().map(ref::equals).orElse(false);
        Optional<Keychain> opened = open.open(ref);
        if (opened.isPresent()) {
            Keychain k = opened.get();
            try {
                return new KeychainDescription(ref, k.id(), k.header().formatVersion(), k.schemaVersion(),
                        k.header().kdf(), k.size(), Files.size(ref.file()), isDefault, state(ref));
            } catch (IOException e) {
                throw new LatchkeyException(Status.IO, "cannot read " + ref.file(), e);
            } catch (LatchkeyException e) {
                if (e.status() != Status.KEYCHAIN_LOCKED) {
                    throw e;
                }
                // Locked meanwhile: read the file as for any locked keychain.
            }
        }
        try (KeychainOwner owner = KeychainOpening.claim(ref, open.ownerWait(), notice -> { });
             KeychainStore reader = KeychainStore.openForReading(ref.file())) {
            KeychainHeader header = KeychainHeader.parse(reader.readHeader().header());
            return new KeychainDescription(ref, header.keychainId(), header.formatVersion(), reader.schemaVersion(),
                    header.kdf(), reader.countItems(), Files.size(ref.file()), isDefault, state(ref));
        } catch (StoreException e) {
            throw StoreErrors.map(e);
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot read " + ref.file(), e);
        }
    }

    /** Locks every keychain this process has unlocked. */
    @Override
    public void close() {
        lockAll();
    }
}
