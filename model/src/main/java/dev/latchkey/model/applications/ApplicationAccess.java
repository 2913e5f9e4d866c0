package dev.latchkey.model.applications;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which applications may use an item without asking (Keychain Access's "Always allow access
 * by these applications"), by executable path. The list is sealed in the item like every
 * attribute.
 */
public final class ApplicationAccess {
    private ApplicationAccess() {
    }

    public static List<String> trusted(Item item) {
        return item.attributes().list(Attribute.TRUSTED_APPLICATIONS);
    }

    public static boolean trusts(Item item, String application) {
        return trusted(item).contains(application);
    }

    /** Lets {@code application} use the item from now on without asking. */
    public static Item allowAlways(Keychain keychain, UUID id, String application) throws LatchkeyException {
        return keychain.modify(id, a -> {
            List<String> apps = new ArrayList<>(a.list(Attribute.TRUSTED_APPLICATIONS));
            if (!apps.contains(application)) {
                apps.add(application);
            }
            return a.toBuilder().set(Attribute.TRUSTED_APPLICATIONS, apps).build();
        });
    }

    /** {@code application} must ask again before using the item. */
    public static Item revoke(Keychain keychain, UUID id, String application) throws LatchkeyException {
        return keychain.modify(id, a -> {
            List<String> apps = new ArrayList<>(a.list(Attribute.TRUSTED_APPLICATIONS));
            apps.remove(application);
            return apps.isEmpty() ? a.toBuilder().remove(Attribute.TRUSTED_APPLICATIONS).build()
                    : a.toBuilder().set(Attribute.TRUSTED_APPLICATIONS, apps).build();
        });
    }
}
