package dev.latchkey.app.secretservice;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainLease;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import java.util.List;
import java.util.Optional;
import org.freedesktop.dbus.exceptions.DBusExecutionException;

/**
 * Keychains as the Secret Service's collections: one per keychain, the default keychain also
 * under the alias {@code default}. Requests use a keychain only while the user has it
 * unlocked (in the window, or with {@code latchkey unlock}); a locked one answers IsLocked.
 */
final class KeychainCollections {
    /** Work on an unlocked keychain. */
    @FunctionalInterface
    interface Work<T> {
        T on(Keychain keychain) throws LatchkeyException;
    }

    private final KeychainService service;
    private final Runnable activity;

    KeychainCollections(KeychainService service, Runnable activity) {
        this.service = service;
        this.activity = activity;
    }

    KeychainService service() {
        return service;
    }

    List<KeychainRef> all() {
        try {
            return service.list();
        } catch (LatchkeyException e) {
            throw failure(e);
        }
    }

    /** The keychain a collection or alias path names; NoSuchObject when there is none. */
    KeychainRef keychain(BusPaths.Target target, String path) {
        try {
            if (target.alias()) {
                if (!BusPaths.DEFAULT_ALIAS.equals(target.collection())) {
                    throw BusErrors.noSuchObject(path);
                }
                return service.defaultKeychain().orElseThrow(() -> BusErrors.noSuchObject(path));
            }
            KeychainRef ref = service.resolve(target.collection());
            if (!service.exists(ref)) {
                throw BusErrors.noSuchObject(path);
            }
            return ref;
        } catch (LatchkeyException e) {
            throw BusErrors.noSuchObject(path);
        }
    }

    Optional<KeychainRef> defaultKeychain() {
        try {
            return service.defaultKeychain();
        } catch (LatchkeyException e) {
            return Optional.empty();
        }
    }

    boolean locked(KeychainRef ref) {
        return service.unlocked(ref).isEmpty();
    }

    /** Runs {@code work} on the keychain; IsLocked when the user has not unlocked it. */
    <T> T withUnlocked(KeychainRef ref, Work<T> work) {
        activity.run();
        if (locked(ref)) {
            throw BusErrors.of(BusErrors.IS_LOCKED, "the keychain \"" + ref.name() + "\" is locked");
        }
        try (KeychainLease lease = service.lease(ref, () -> {
            throw new LatchkeyException(Status.KEYCHAIN_LOCKED, "the keychain \"" + ref.name() + "\" is locked");
        })) {
            return work.on(lease.keychain());
        } catch (LatchkeyException e) {
            throw failure(e);
        }
    }

    /** The same, or empty when the keychain is locked (searches skip locked keychains). */
    <T> Optional<T> ifUnlocked(KeychainRef ref, Work<T> work) {
        try {
            return Optional.of(withUnlocked(ref, work));
        } catch (DBusExecutionException e) {
            if (BusErrors.IS_LOCKED.equals(BusErrors.name(e))) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** A model error as the reply a client understands. */
    static DBusExecutionException failure(LatchkeyException e) {
        String message = e.getMessage() == null ? e.status().message() : e.getMessage();
        return switch (e.status()) {
            case KEYCHAIN_LOCKED, INTERACTION_REQUIRED -> BusErrors.of(BusErrors.IS_LOCKED, message);
            case ITEM_NOT_FOUND, NO_SUCH_KEYCHAIN, NO_DEFAULT_KEYCHAIN -> BusErrors.of(BusErrors.NO_SUCH_OBJECT, message);
            case PARAM, DUPLICATE_ITEM -> BusErrors.invalid(message);
            default -> BusErrors.of(BusErrors.FAILED, e.status().name() + ": " + message);
        };
    }
}
