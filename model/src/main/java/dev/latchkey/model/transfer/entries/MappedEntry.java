package dev.latchkey.model.transfer.entries;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.NewItem;
import dev.latchkey.model.keychain.SecretKind;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * An imported entry as the keychain item it becomes, with what could not be mapped. Owns its
 * secrets; closing wipes them.
 */
public record MappedEntry(String source, ItemClass itemClass, ItemAttributes attributes, Secret secret,
        Secret otpSeed, Map<SecretKind, Secret> moreSecrets, List<String> notes) implements AutoCloseable {

    public NewItem newItem() {
        return new NewItem(itemClass, attributes, secret, otpSeed, moreSecrets);
    }

    /** The item's name as the keychain will list it. */
    public String name() {
        return attributes.string(Attribute.LABEL).or(() -> attributes.string(Attribute.SERVICE))
                .or(() -> attributes.string(Attribute.SERVER)).orElse("");
    }

    public String account() {
        return attributes.text(Attribute.ACCOUNT);
    }

    /** Equal for two items exactly when the keychain would refuse the second as a duplicate. */
    public String primaryKey() {
        return primaryKey(itemClass, attributes);
    }

    static String primaryKey(ItemClass itemClass, ItemAttributes attributes) {
        StringBuilder key = new StringBuilder().append(itemClass.code());
        for (Attribute a : itemClass.primaryKey()) {
            key.append(':').append(Base64.getEncoder().encodeToString(a.canonical(attributes.get(a))));
        }
        return key.toString();
    }

    /** The same item with other attributes (a renamed duplicate); the secrets move with it. */
    MappedEntry with(ItemClass newClass, ItemAttributes newAttributes, String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new MappedEntry(source, newClass, newAttributes, secret, otpSeed, moreSecrets, more);
    }

    @Override
    public void close() {
        if (secret != null) {
            secret.close();
        }
        if (otpSeed != null) {
            otpSeed.close();
        }
        moreSecrets.values().forEach(Secret::close);
    }

    @Override
    public String toString() {
        return "MappedEntry[" + source + ", " + itemClass.appleCode() + "]";
    }
}
