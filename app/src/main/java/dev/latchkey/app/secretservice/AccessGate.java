package dev.latchkey.app.secretservice;

import dev.latchkey.model.applications.ApplicationAccess;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.KeychainRef;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the calling application may use an item (read its secret, change or delete it): yes
 * when the item trusts it; else the person is asked once — Allow (this time), Always Allow
 * (kept in the item, listed in its Access Control tab) or Deny (kept until the keychain
 * locks, so a denied application cannot ask again and again).
 */
final class AccessGate {
    private final ServicePrompts prompts;
    private final Set<String> denied = ConcurrentHashMap.newKeySet();

    AccessGate(ServicePrompts prompts) {
        this.prompts = prompts;
    }

    /**
     * Returns when {@code application} may use {@code item}, asking the person if need be (with
     * no keychain held meanwhile); {@code allowAlways} keeps an "Always Allow" in the item.
     */
    void require(KeychainRef keychain, Item item, String application, Runnable allowAlways) {
        if (ApplicationAccess.trusts(item, application)) {
            return;
        }
        String key = key(keychain, item.id(), application);
        if (denied.contains(key)) {
            throw BusErrors.of(BusErrors.ACCESS_DENIED, "access to this item was denied");
        }
        switch (prompts.authorize(application, item.displayName(), keychain.name())) {
            case ALLOW_ONCE -> {
            }
            case ALLOW_ALWAYS -> allowAlways.run();
            case DENY -> {
                denied.add(key);
                throw BusErrors.of(BusErrors.ACCESS_DENIED, "access to this item was denied");
            }
        }
    }

    /** A keychain locked: its denials are forgotten with it. */
    void forget(KeychainRef ref) {
        denied.removeIf(k -> k.startsWith(ref.file() + "\0"));
    }

    private static String key(KeychainRef ref, UUID item, String application) {
        return ref.file() + "\0" + item + "\0" + application;
    }
}
