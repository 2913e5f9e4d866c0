package dev.latchkey.app.secretservice;

import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.keychain.KeychainRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.freedesktop.dbus.DBusCallInfo;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.AbstractConnection;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt64;
import org.freedesktop.dbus.types.Variant;

/**
 * Every collection and item object, served by one fallback under the collections (and one
 * under the aliases) that reads which object a call is for from its path: items are many and
 * come and go, so none is exported on its own. A path that names nothing gets NoSuchObject.
 */
final class CollectionObjects implements SecretServiceApi.Collection, SecretServiceApi.Item, Properties {
    static final String COLLECTION = "org.freedesktop.Secret.Collection";

    private final String root;
    private final KeychainCollections collections;
    private final SharedItems items;
    private final Sessions sessions;
    private final DBusConnection connection;

    CollectionObjects(String root, KeychainCollections collections, SharedItems items, Sessions sessions,
            DBusConnection connection) {
        this.root = root;
        this.collections = collections;
        this.items = items;
        this.sessions = sessions;
        this.connection = connection;
    }

    /** The collection or item this call is for. */
    private record Call(String path, KeychainRef keychain, UUID item) {
        boolean isItem() {
            return item != null;
        }
    }

    private Call call() {
        DBusCallInfo info = AbstractConnection.getCallInfo();
        String path = info.getObjectPath();
        BusPaths.Target target = BusPaths.parse(path).orElseThrow(() -> BusErrors.noSuchObject(path));
        return new Call(path, collections.keychain(target, path), target.item().orElse(null));
    }

    private Call collectionCall() {
        Call c = call();
        if (c.isItem()) {
            throw BusErrors.of(BusErrors.NO_SUCH_OBJECT, c.path() + " is an item, not a collection");
        }
        return c;
    }

    private Call itemCall() {
        Call c = call();
        if (!c.isItem()) {
            throw BusErrors.of(BusErrors.NO_SUCH_OBJECT, c.path() + " is a collection, not an item");
        }
        return c;
    }

    // ---- org.freedesktop.Secret.Collection and .Item share Delete ----

    @Override
    public DBusPath Delete() {
        Call c = call();
        if (!c.isItem()) {
            throw BusErrors.of(BusErrors.ACCESS_DENIED, "Latchkey deletes keychains only in its window or with "
                    + "`latchkey delete-keychain`");
        }
        items.delete(c.keychain(), c.item());
        signal(c.keychain(), c.item(), SecretServiceApi.Collection.ItemDeleted::new);
        return new DBusPath(BusPaths.NO_PROMPT);
    }

    @Override
    public List<DBusPath> SearchItems(Map<String, String> attributes) {
        return items.search(collectionCall().keychain(), attributes);
    }

    @Override
    public Two<DBusPath, DBusPath> CreateItem(Map<String, Variant<?>> properties, SecretValue secret, boolean replace) {
        Call c = collectionCall();
        byte[] plaintext = sessions.require(secret.session).decode(secret);
        UUID id;
        try {
            id = items.create(c.keychain(), properties, plaintext);
        } finally {
            Wipe.bytes(plaintext);
        }
        signal(c.keychain(), id, SecretServiceApi.Collection.ItemCreated::new);
        return new Two<>(new DBusPath(BusPaths.item(c.keychain().name(), id)), new DBusPath(BusPaths.NO_PROMPT));
    }

    @Override
    public SecretValue GetSecret(DBusPath session) {
        Call c = itemCall();
        return items.secret(c.keychain(), c.item(), sessions.require(session));
    }

    @Override
    public void SetSecret(SecretValue secret) {
        Call c = itemCall();
        items.setSecret(c.keychain(), c.item(), sessions.require(secret.session).decode(secret));
        signal(c.keychain(), c.item(), SecretServiceApi.Collection.ItemChanged::new);
    }

    // ---- properties ----

    @Override
    public <A> A Get(String iface, String property) {
        return BusErrors.property(GetAll(iface), iface, property);
    }

    @Override
    public <A> void Set(String iface, String property, A value) {
        Call c = call();
        if (!c.isItem() || !SharedItems.ITEM.equals(iface)) {
            throw BusErrors.invalid("the property " + property + " cannot be set");
        }
        items.set(c.keychain(), c.item(), property, value);
        signal(c.keychain(), c.item(), SecretServiceApi.Collection.ItemChanged::new);
    }

    @Override
    public Map<String, Variant<?>> GetAll(String iface) {
        Call c = call();
        if (c.isItem()) {
            if (!SharedItems.ITEM.equals(iface)) {
                throw BusErrors.invalid("an item has no properties of " + iface);
            }
            return items.properties(c.keychain(), c.item());
        }
        if (!COLLECTION.equals(iface)) {
            throw BusErrors.invalid("a collection has no properties of " + iface);
        }
        Map<String, Variant<?>> out = new HashMap<>();
        out.put("Items", new Variant<>(items.all(c.keychain()), "ao"));
        out.put("Label", new Variant<>(c.keychain().name()));
        out.put("Locked", new Variant<>(collections.locked(c.keychain())));
        BasicFileAttributes file = fileAttributes(c.keychain());
        out.put("Created", new Variant<>(new UInt64(file == null ? 0 : file.creationTime().toInstant().getEpochSecond())));
        out.put("Modified", new Variant<>(new UInt64(file == null ? 0
                : file.lastModifiedTime().toInstant().getEpochSecond())));
        return out;
    }

    private static BasicFileAttributes fileAttributes(KeychainRef ref) {
        try {
            return Files.readAttributes(ref.file(), BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String getObjectPath() {
        return root;
    }

    // ---- signals, sent from the collection's own path ----

    @FunctionalInterface
    private interface ItemSignal {
        DBusSignal make(String collection, DBusPath item) throws DBusException;
    }

    private void signal(KeychainRef keychain, UUID item, ItemSignal kind) {
        try {
            connection.sendMessage(kind.make(BusPaths.collection(keychain.name()),
                    new DBusPath(BusPaths.item(keychain.name(), item))));
        } catch (DBusException e) {
            System.getLogger(CollectionObjects.class.getName()).log(System.Logger.Level.DEBUG,
                    "could not send a signal: " + e.getMessage());
        }
    }
}
