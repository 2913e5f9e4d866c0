package dev.latchkey.model.keychain;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemRules;
import dev.latchkey.model.store.ItemRow;
import dev.latchkey.model.store.KeychainStore;
import dev.latchkey.model.store.ManifestRecord;
import dev.latchkey.model.store.StoreException;
import dev.latchkey.model.store.WriteTransaction;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The writing half of an unlocked {@link Keychain}: every change is one write transaction
 * that checks the stored manifest and writes the next one alongside the rows, and the
 * keychain's cache follows only after the commit. Writes hold the keychain's monitor, as its
 * secret reads do.
 */
final class ItemWrites {
    private static final int BATCH = 1000;

    private final Keychain keychain;
    private final KeychainStore store;
    private final ItemSealer sealer;
    private final ManifestMac manifestMac;
    private final ItemCache cache;
    private final Set<UUID> damaged;
    private final Clock clock;

    ItemWrites(Keychain keychain, KeychainStore store, ItemSealer sealer, ManifestMac manifestMac, ItemCache cache,
            Set<UUID> damaged, Clock clock) {
        this.keychain = keychain;
        this.store = store;
        this.sealer = sealer;
        this.manifestMac = manifestMac;
        this.cache = cache;
        this.damaged = damaged;
        this.clock = clock;
    }

    @FunctionalInterface
    interface Mutation<T> {
        T apply(WriteTransaction tx, ManifestDelta delta) throws StoreException, LatchkeyException;
    }

    /** Runs one write transaction with the manifest updated alongside; caches change after commit. */
    <T> T mutate(Mutation<T> mutation) throws LatchkeyException {
        synchronized (keychain) {
            keychain.ensureOpen();
            ManifestDelta[] used = new ManifestDelta[1];
            T result;
            try {
                result = store.write(tx -> {
                    ManifestRecord start = tx.manifest();
                    if (!manifestMac.authentic(start)) {
                        throw new LatchkeyException(Status.TAMPERED,
                                "the keychain's manifest failed its integrity check; nothing was written");
                    }
                    ManifestDelta delta = new ManifestDelta(manifestMac, start);
                    T r = mutation.apply(tx, delta);
                    tx.writeManifest(delta.result());
                    used[0] = delta;
                    return r;
                });
            } catch (StoreException e) {
                throw StoreErrors.map(e);
            }
            ManifestDelta delta = used[0];
            boolean wasCurrent = delta.startGeneration() == cache.generation();
            delta.afterCommitActions().forEach(Runnable::run);
            if (wasCurrent) {
                cache.generation(delta.nextGeneration());
            } else {
                keychain.ensureFresh();
            }
            keychain.fireChanged();
            return result;
        }
    }

    /**
     * {@link Keychain#addAll(List, List, Progress)}: stored in one transaction, batch by batch,
     * each batch sealed in parallel just before it is inserted, so that only one batch of sealed
     * rows is held at a time (a 100,000-entry import would otherwise hold them all).
     */
    List<UUID> addAll(List<NewItem> newItems, List<UUID> replaced, Progress progress) throws LatchkeyException {
        keychain.ensureOpen();
        Instant now = clock.instant();
        for (NewItem n : newItems) {
            ItemRules.check(n.itemClass(), n.attributes(), n.largestSecret());
        }
        long total = (long) newItems.size() + replaced.size();
        List<UUID> ids = new ArrayList<>(newItems.size());
        List<Item> items = new ArrayList<>(newItems.size());
        mutate((tx, delta) -> {
            for (UUID id : replaced) {
                ItemRow old = tx.itemForUpdate(id).orElseThrow(() -> new LatchkeyException(Status.ITEM_NOT_FOUND,
                        "an item to replace was deleted meanwhile; nothing was written"));
                tx.delete(id);
                delta.removed(old);
            }
            for (int from = 0; from < newItems.size(); from += BATCH) {
                List<NewItem> batch = newItems.subList(from, Math.min(newItems.size(), from + BATCH));
                List<ItemRow> rows = batch.parallelStream().map(n -> sealer.sealNew(n, now)).toList();
                tx.insertAll(rows, delta.nextGeneration());
                for (int i = 0; i < rows.size(); i++) {
                    ItemRow row = rows.get(i);
                    delta.added(row);
                    ids.add(row.itemId());
                    items.add(new Item(row.itemId(), batch.get(i).itemClass(),
                            ItemSealer.stamped(batch.get(i).attributes(), null, now), 1));
                }
                checkProgress(progress, replaced.size() + from + batch.size(), total);
            }
            delta.afterCommit(() -> {
                replaced.forEach(this::forget);
                items.forEach(cache::put);
            });
            return null;
        });
        return ids;
    }

    private static void checkProgress(Progress progress, long done, long total) throws LatchkeyException {
        if (!progress.proceed(done, total)) {
            throw new LatchkeyException(Status.USER_CANCELED, "canceled; nothing was written");
        }
    }

    /** Rewrites one item from what is stored: new attributes from the old ones, its secrets changed in place. */
    Item rewrite(UUID id, UnaryOperator<ItemAttributes> attributes, Consumer<SecretBundle> secrets)
            throws LatchkeyException {
        Instant now = clock.instant();
        return mutate((tx, delta) -> {
            ItemRow old = tx.itemForUpdate(id).orElseThrow(() -> new LatchkeyException(Status.ITEM_NOT_FOUND));
            Item oldItem = sealer.openItem(old);
            try (SecretBundle bundle = sealer.openSecrets(old)) {
                secrets.accept(bundle);
                Secret primary = bundle.get(SecretKind.PRIMARY);
                ItemAttributes next = ItemSealer.stamped(attributes.apply(oldItem.attributes()), oldItem.attributes(), now);
                ItemRules.check(oldItem.itemClass(), next, primary == null ? 0 : primary.length());
                ItemRow row = sealer.seal(id, oldItem.itemClass(), old.rowVersion() + 1, next, bundle);
                tx.update(row, old.rowVersion(), delta.nextGeneration());
                delta.removed(old);
                delta.added(row);
                Item item = new Item(id, oldItem.itemClass(), next, row.rowVersion());
                delta.afterCommit(() -> {
                    cache.put(item);
                    damaged.remove(id);
                });
                return item;
            }
        });
    }

    /** Deletes the items in one transaction: all or none. */
    void deleteAll(List<UUID> ids) throws LatchkeyException {
        mutate((tx, delta) -> {
            for (UUID id : ids) {
                ItemRow old = tx.itemForUpdate(id).orElseThrow(() -> new LatchkeyException(Status.ITEM_NOT_FOUND));
                tx.delete(id);
                delta.removed(old);
            }
            delta.afterCommit(() -> ids.forEach(this::forget));
            return null;
        });
    }

    private void forget(UUID id) {
        cache.remove(id);
        damaged.remove(id);
    }
}
