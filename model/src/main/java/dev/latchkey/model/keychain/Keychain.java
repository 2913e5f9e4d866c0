package dev.latchkey.model.keychain;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemQuery;
import dev.latchkey.model.item.ItemSearch;
import dev.latchkey.model.store.ItemRow;
import dev.latchkey.model.store.KeychainStore;
import dev.latchkey.model.store.ManifestRecord;
import dev.latchkey.model.store.SettingsRecord;
import dev.latchkey.model.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * An unlocked keychain: the item operations of {@code SecItemAdd/CopyMatching/Update/Delete},
 * free-text search over metadata decrypted at unlock, per-item access control and settings.
 * Closing it locks the keychain: keys wiped, cache dropped, database connection closed.
 *
 * <p>Metadata reads ({@link #items}, {@link #get}, {@link #search}, lookups that do not name a
 * whole primary key) answer from the cache without a lock or the database, so the window may
 * call them on its UI thread: this process is the file's only owner while it is open
 * (docs/decisions/0010), so every change goes through here and updates the cache. Changes
 * made behind our back by a program other than Latchkey are caught by {@link #refresh}, by
 * every secret read and every write.
 */
public final class Keychain implements AutoCloseable {
    /** How long a password entry counts for revealing items that ask for it. */
    public static final Duration REAUTHENTICATION_WINDOW = Duration.ofMinutes(1);

    private final KeychainRef ref;
    private final KeychainStore store;
    private final KeychainKeys keys;
    private final ItemSealer sealer;
    private final ManifestMac manifestMac;
    private final Clock clock;
    private final Runnable onClose;
    private final ItemCache cache = new ItemCache();
    private final Set<UUID> damaged = ConcurrentHashMap.newKeySet();
    private final List<KeychainListener> listeners = new CopyOnWriteArrayList<>();
    private final ItemWrites writes;
    private volatile KeychainHeader header;
    private volatile KeychainSettings settings = KeychainSettings.DEFAULT;
    private volatile Instant lastAuthenticated;
    private volatile boolean closed;
    private UnlockReport report;

    private Keychain(KeychainRef ref, KeychainHeader header, KeychainStore store, KeychainKeys keys,
            Clock clock, Runnable onClose) {
        this.ref = ref;
        this.header = header;
        this.store = store;
        this.keys = keys;
        this.clock = clock;
        this.onClose = onClose;
        this.sealer = new ItemSealer(header.keychainId(), keys, new BlindIndex(keys.indexKey()));
        this.manifestMac = new ManifestMac(keys.manifestKey(), header.keychainId());
        this.writes = new ItemWrites(this, store, sealer, manifestMac, cache, damaged, clock);
        this.lastAuthenticated = clock.instant();
    }

    /** Loads every item and checks the manifest; takes ownership of the store and master key. */
    static Keychain open(KeychainRef ref, KeychainHeader header, KeychainStore store, Secret masterKey,
            Clock clock, Duration kdfTime, Runnable onClose) throws LatchkeyException {
        Keychain k = new Keychain(ref, header, store, KeychainKeys.derive(masterKey, header.keychainId()),
                clock, onClose);
        try {
            long start = System.nanoTime();
            k.load();
            k.report = new UnlockReport(kdfTime, Duration.ofNanos(System.nanoTime() - start),
                    k.cache.size(), k.damaged.size());
            return k;
        } catch (LatchkeyException | RuntimeException e) {
            k.release();
            throw e;
        }
    }

    /** A keychain file's first manifest and settings, sealed under a new master key. */
    static ManifestRecord initialManifest(Secret masterKey, KeychainHeader header) {
        try (KeychainKeys keys = KeychainKeys.derive(masterKey.duplicate(), header.keychainId())) {
            return new ManifestMac(keys.manifestKey(), header.keychainId())
                    .record(0, 0, 1, new byte[ManifestMac.LENGTH]);
        }
    }

    static SettingsRecord initialSettings(Secret masterKey, KeychainHeader header) {
        try (KeychainKeys keys = KeychainKeys.derive(masterKey.duplicate(), header.keychainId())) {
            return SettingsSeal.seal(keys, header.keychainId(), 1, KeychainSettings.DEFAULT);
        }
    }

    public KeychainRef ref() {
        return ref;
    }

    public UUID id() {
        return header.keychainId();
    }

    public KeychainHeader header() {
        return header;
    }

    /** The schema version of the open file (current: it was migrated when opened). */
    public synchronized int schemaVersion() throws LatchkeyException {
        ensureOpen();
        try {
            return store.schemaVersion();
        } catch (StoreException e) {
            throw StoreErrors.map(e);
        }
    }

    public UnlockReport unlockReport() {
        return report;
    }

    public boolean isClosed() {
        return closed;
    }

    public void addListener(KeychainListener l) {
        listeners.add(l);
    }

    public void removeListener(KeychainListener l) {
        listeners.remove(l);
    }

    // ---- loading and freshness -----------------------------------------------------------------

    /** Loads every item from one snapshot and checks them against the manifest. */
    private void load() throws LatchkeyException {
        load(null);
    }

    /**
     * Loads every item from one snapshot and checks it against the manifest; returns the full
     * row of {@code itemId} (if not null) as read in that same snapshot.
     */
    private Optional<ItemRow> load(UUID itemId) throws LatchkeyException {
        KeychainStore.Contents contents;
        try {
            contents = store.readAll(itemId);
        } catch (StoreException e) {
            throw StoreErrors.map(e);
        }
        KeychainLoad load = KeychainLoad.of(contents, manifestMac, sealer, row -> cache.get(row.itemId())
                .filter(cached -> cached.rowVersion() == row.rowVersion()).orElse(null));
        settings = SettingsSeal.open(keys, header.keychainId(), contents.settings());
        damaged.clear();
        damaged.addAll(load.damaged());
        cache.replaceAll(load.items());
        cache.generation(load.manifest().generation());
        return contents.item();
    }

    /** Reloads when the file's generation moved without us: only a program other than Latchkey does that. */
    synchronized void ensureFresh() throws LatchkeyException {
        ensureOpen();
        if (storedGeneration() != cache.generation()) {
            load();
            fireChanged();
        }
    }

    private long storedGeneration() throws LatchkeyException {
        try {
            return store.generation();
        } catch (StoreException e) {
            throw StoreErrors.map(e);
        }
    }

    /** Checks the file for changes made outside Latchkey now (the window polls this off its UI thread). */
    public void refresh() throws LatchkeyException {
        ensureFresh();
    }

    void ensureOpen() throws LatchkeyException {
        if (closed) {
            throw new LatchkeyException(Status.KEYCHAIN_LOCKED, "the keychain \"" + ref.name() + "\" is locked");
        }
    }

    void fireChanged() {
        for (KeychainListener l : listeners) {
            l.itemsChanged(this);
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    /** All items (metadata only), from the cache. */
    public List<Item> items() throws LatchkeyException {
        ensureOpen();
        return cache.items();
    }

    public int size() {
        return cache.size();
    }

    /** Items whose metadata failed its integrity check at the last load. */
    public Set<UUID> damagedItems() {
        return Set.copyOf(damaged);
    }

    /** One item's metadata, from the cache; TAMPERED if it failed its integrity check. */
    public Optional<Item> get(UUID id) throws LatchkeyException {
        ensureOpen();
        if (damaged.contains(id)) {
            throw tampered(id);
        }
        return cache.get(id);
    }

    /**
     * Free-text search as {@link ItemSearch} defines it (every term, case- and accent-folded,
     * over name, account, service, server, path, comment, kind, URLs and tags); every item for
     * blank text.
     */
    public List<Item> search(String text) throws LatchkeyException {
        ensureOpen();
        return cache.search(text);
    }

    /**
     * Exact lookup (SecItemCopyMatching). When the query names the whole primary key it goes to
     * H2's unique blind index and the row is checked against the verified manifest; otherwise it
     * runs over the metadata verified at unlock (a hash probe on label, service, account or
     * server, else a scan). If nothing matches while some items failed their integrity check,
     * the answer is TAMPERED: a damaged item might have been the match.
     */
    public List<Item> find(ItemQuery query) throws LatchkeyException {
        ensureOpen();
        Map<Attribute, Object> conditions = query.conditions();
        Optional<ItemClass> itemClass = query.itemClass();
        List<Item> out = new ArrayList<>();
        if (itemClass.isPresent() && conditions.keySet().containsAll(itemClass.get().primaryKey())) {
            findByPrimary(itemClass.get(), query).ifPresent(out::add);
        } else {
            Optional<Attribute> indexed = ExactIndex.usable(conditions.keySet());
            List<Item> candidates = indexed.isPresent() ? cache.lookup(indexed.get(), conditions.get(indexed.get()))
                    : cache.items();
            for (Item item : candidates) {
                if (query.matches(item)) {
                    out.add(item);
                }
            }
        }
        if (out.isEmpty() && !damaged.isEmpty()) {
            throw new LatchkeyException(Status.TAMPERED, "nothing matched, but " + damaged.size()
                    + " item(s) failed their integrity check and could not be searched");
        }
        return out;
    }

    private synchronized Optional<Item> findByPrimary(ItemClass itemClass, ItemQuery query) throws LatchkeyException {
        ensureOpen();
        ItemAttributes.Builder key = ItemAttributes.builder();
        query.conditions().forEach(key::set);
        Optional<ItemRow> row;
        try {
            row = store.findByPrimary(itemClass.code(), sealer.index().primary(itemClass, key.build()));
        } catch (StoreException e) {
            throw StoreErrors.map(e);
        }
        Optional<Verified> v = row.isPresent() ? verified(row.get()) : Optional.empty();
        return v.map(Verified::item).filter(query::matches);
    }

    /** A row that matches the verified manifest, and its decrypted metadata. */
    private record Verified(ItemRow row, Item item) {
    }

    /**
     * Checks a freshly read row against the verified manifest. A row at another version than
     * the cache was either changed by another process since we last looked (then the keychain
     * has a new generation: reload, reading the row again in the same snapshot) or rolled back
     * or swapped in outside Latchkey (then nothing was written since: TAMPERED). Empty if
     * another process deleted the item meanwhile.
     */
    private Optional<Verified> verified(ItemRow row) throws LatchkeyException {
        UUID id = row.itemId();
        if (!damaged.contains(id) && !matchesCache(row)) {
            if (storedGeneration() == cache.generation()) {
                throw tampered(id);
            }
            Optional<ItemRow> again = load(id);
            fireChanged();
            if (again.isEmpty()) {
                return Optional.empty();
            }
            row = again.get();
        }
        if (damaged.contains(id) || !matchesCache(row)) {
            throw tampered(id);
        }
        return Optional.of(new Verified(row, sealer.openItem(row)));
    }

    private boolean matchesCache(ItemRow row) {
        Optional<Item> cached = cache.get(row.itemId());
        return cached.isPresent() && cached.get().rowVersion() == row.rowVersion();
    }

    /** The item's password, note text or key. The caller closes the returned secret. */
    public Secret readSecret(UUID id) throws LatchkeyException {
        return readSecret(id, SecretKind.PRIMARY);
    }

    /**
     * One of the item's secrets. Items marked "ask for the keychain password" need a password
     * entry within {@link #REAUTHENTICATION_WINDOW}: else INTERACTION_REQUIRED.
     */
    public synchronized Secret readSecret(UUID id, SecretKind kind) throws LatchkeyException {
        Secret s = sealer.openSecret(stored(id, true).row(), kind);
        if (s == null) {
            throw new LatchkeyException(Status.ITEM_NOT_FOUND, "the item has no such secret");
        }
        return s;
    }

    /**
     * All of an item's secrets at once (a backup or an export), with the same access check as
     * {@link #readSecret(UUID, SecretKind)}. The caller closes them.
     */
    public synchronized Map<SecretKind, Secret> readSecrets(UUID id) throws LatchkeyException {
        Map<SecretKind, Secret> out = new EnumMap<>(SecretKind.class);
        try (SecretBundle bundle = sealer.openSecrets(stored(id, true).row())) {
            for (SecretKind kind : SecretKind.values()) {
                Secret s = bundle.get(kind);
                if (s != null) {
                    out.put(kind, s.duplicate());
                }
            }
        }
        return out;
    }

    public synchronized boolean hasSecret(UUID id, SecretKind kind) throws LatchkeyException {
        try (Secret s = sealer.openSecret(stored(id, false).row(), kind)) {
            return s != null;
        }
    }

    /**
     * The item's full row as stored, checked against the manifest; when {@code revealing}, an
     * item that asks for the keychain password needs a recent password entry.
     */
    private Verified stored(UUID id, boolean revealing) throws LatchkeyException {
        ensureOpen();
        ItemRow row;
        try {
            row = store.item(id).orElseThrow(() -> new LatchkeyException(Status.ITEM_NOT_FOUND));
        } catch (StoreException e) {
            throw StoreErrors.map(e);
        }
        Verified v = verified(row).orElseThrow(() -> new LatchkeyException(Status.ITEM_NOT_FOUND));
        if (revealing && v.item().requiresPassword() && !recentlyAuthenticated()) {
            throw new LatchkeyException(Status.INTERACTION_REQUIRED,
                    "enter the keychain password to reveal \"" + v.item().displayName() + "\"");
        }
        return v;
    }

    // ---- access control ------------------------------------------------------------------------

    /** Checks the keychain password again (for protected items); AUTH_FAILED if wrong. */
    public void confirmPassword(char[] password) throws LatchkeyException {
        ensureOpen();
        PasswordCheck.confirm(store, keys.masterKey(), password);
        lastAuthenticated = clock.instant();
    }

    public boolean recentlyAuthenticated() {
        Instant last = lastAuthenticated;
        return last != null && !clock.instant().isAfter(last.plus(REAUTHENTICATION_WINDOW));
    }

    /** Forget the last password entry (e.g. when the GUI is idle). */
    public void forgetAuthentication() {
        lastAuthenticated = null;
    }

    // ---- writing -------------------------------------------------------------------------------

    /** Adds one item (SecItemAdd). DUPLICATE_ITEM if its primary key is taken. */
    public UUID add(ItemClass itemClass, ItemAttributes attributes, Secret secret) throws LatchkeyException {
        return addAll(List.of(new NewItem(itemClass, attributes, secret))).get(0);
    }

    /** Adds many items in one transaction: all or none. */
    public List<UUID> addAll(List<NewItem> newItems) throws LatchkeyException {
        return addAll(newItems, List.of(), Progress.NONE);
    }

    /**
     * Adds many items and deletes {@code replaced} in one transaction: all or none (an import
     * that replaces duplicates). {@code progress} hears each sealed and each stored batch and
     * may cancel, which leaves the keychain unchanged ({@code USER_CANCELED}).
     */
    public List<UUID> addAll(List<NewItem> newItems, List<UUID> replaced, Progress progress)
            throws LatchkeyException {
        return writes.addAll(newItems, replaced, progress);
    }

    /**
     * Replaces an item's attributes and, if {@code newSecret} is not null, its primary secret
     * (SecItemUpdate). Keeps the creation date. DUPLICATE_ITEM if the new primary key is taken.
     */
    public void update(UUID id, ItemAttributes attributes, Secret newSecret) throws LatchkeyException {
        writes.rewrite(id, old -> attributes, bundle -> {
            if (newSecret != null) {
                bundle.put(SecretKind.PRIMARY, newSecret.duplicate());
            }
        });
    }

    /** Sets (or, with null, removes) one of an item's secrets, e.g. an attached OTP seed. */
    public void putSecret(UUID id, SecretKind kind, Secret secret) throws LatchkeyException {
        writes.rewrite(id, old -> old, bundle -> bundle.put(kind, secret == null ? null : secret.duplicate()));
    }

    /**
     * Changes an item's attributes starting from what is stored, inside one write transaction,
     * so that no change made meanwhile is lost (an HOTP counter advanced by a command while the
     * window shows the item, say). {@code change} may run on a newer version of the item than
     * the caller has seen. Returns the item as stored.
     */
    public Item modify(UUID id, UnaryOperator<ItemAttributes> change) throws LatchkeyException {
        return writes.rewrite(id, change, bundle -> {
        });
    }

    /**
     * The same, also setting (or, with null, removing) one of the item's secrets in that
     * transaction, e.g. attaching a one-time code's parameters and seed together.
     */
    public Item modify(UUID id, UnaryOperator<ItemAttributes> change, SecretKind kind, Secret secret)
            throws LatchkeyException {
        return writes.rewrite(id, change, bundle -> bundle.put(kind, secret == null ? null : secret.duplicate()));
    }

    /** Deletes an item (SecItemDelete). */
    public void delete(UUID id) throws LatchkeyException {
        deleteAll(List.of(id));
    }

    /** Deletes several items in one transaction: all or none. */
    public void deleteAll(List<UUID> ids) throws LatchkeyException {
        writes.deleteAll(ids);
    }

    // ---- settings and password -----------------------------------------------------------------

    public KeychainSettings settings() {
        return settings;
    }

    public void updateSettings(KeychainSettings next) throws LatchkeyException {
        writes.mutate((tx, delta) -> {
            long version = delta.bumpSettingsVersion();
            tx.writeSettings(SettingsSeal.seal(keys, header.keychainId(), version, next));
            delta.afterCommit(() -> settings = next);
            return null;
        });
    }

    /**
     * Re-wraps the master key under a new password (items are not re-encrypted). The old
     * password must be right even though the keychain is unlocked.
     */
    public synchronized void changePassword(char[] oldPassword, char[] newPassword,
            dev.latchkey.crypto.kdf.KdfParameters kdf) throws LatchkeyException {
        ensureOpen();
        header = PasswordCheck.change(store, keys.masterKey(), oldPassword, newPassword, kdf);
        lastAuthenticated = clock.instant();
    }

    private LatchkeyException tampered(UUID id) {
        return new LatchkeyException(Status.TAMPERED,
                "item " + id + " failed its integrity check; it was changed outside Latchkey");
    }

    // ---- locking -------------------------------------------------------------------------------

    /** Locks: wipes keys, drops decrypted metadata, closes the database connection. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        release();
        onClose.run();
    }

    private synchronized void release() {
        closed = true;
        cache.clear();
        damaged.clear();
        keys.close();
        try {
            store.close();
        } catch (StoreException ignored) {
            // The connection is gone either way; nothing decrypted remains in memory.
        }
    }

    @Override
    public String toString() {
        return "Keychain[" + ref.name() + (closed ? ", locked" : ", unlocked") + "]";
    }

}
