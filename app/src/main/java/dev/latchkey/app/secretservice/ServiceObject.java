package dev.latchkey.app.secretservice;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.KeychainRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

/**
 * {@code /org/freedesktop/secrets}: sessions, search across keychains, unlock and lock, bulk
 * secrets, and the {@code default} alias (the default keychain).
 */
final class ServiceObject implements SecretServiceApi.Service, Properties {
    static final String SERVICE = "org.freedesktop.Secret.Service";
    private static final String COLLECTION_LABEL = "org.freedesktop.Secret.Collection.Label";

    private final KeychainCollections collections;
    private final SharedItems items;
    private final Sessions sessions;
    private final Prompts prompts;
    private final ServicePrompts person;

    ServiceObject(KeychainCollections collections, SharedItems items, Sessions sessions, Prompts prompts,
            ServicePrompts person) {
        this.collections = collections;
        this.items = items;
        this.sessions = sessions;
        this.prompts = prompts;
        this.person = person;
    }

    @Override
    public Two<Variant<?>, DBusPath> OpenSession(String algorithm, Variant<?> input) {
        return sessions.open(algorithm, input);
    }

    @Override
    public Two<DBusPath, DBusPath> CreateCollection(Map<String, Variant<?>> properties, String alias) {
        if (BusPaths.DEFAULT_ALIAS.equals(alias)) {
            Optional<KeychainRef> existing = collections.defaultKeychain();
            if (existing.isPresent()) {
                return new Two<>(new DBusPath(BusPaths.collection(existing.get().name())), noPrompt());
            }
        } else if (alias != null && !alias.isEmpty()) {
            throw BusErrors.of(BusErrors.NOT_SUPPORTED, "Latchkey knows only the alias \"default\"");
        }
        String label = SharedItems.string(properties.get(COLLECTION_LABEL), COLLECTION_LABEL).orElse("");
        DBusPath prompt = prompts.create(() -> person.createKeychain(label).thenApply(ref -> ref
                .<Variant<?>>map(r -> new Variant<>(new DBusPath(BusPaths.collection(r.name()))))
                .orElse(null)));
        return new Two<>(new DBusPath(BusPaths.NO_PROMPT), prompt);
    }

    @Override
    public Two<List<DBusPath>, List<DBusPath>> SearchItems(Map<String, String> attributes) {
        List<DBusPath> unlocked = new ArrayList<>();
        for (KeychainRef ref : collections.all()) {
            unlocked.addAll(items.search(ref, attributes));
        }
        return new Two<>(unlocked, List.of());
    }

    @Override
    public Two<List<DBusPath>, DBusPath> Unlock(List<DBusPath> objects) {
        List<DBusPath> done = new ArrayList<>();
        Set<KeychainRef> locked = new LinkedHashSet<>();
        Map<KeychainRef, List<DBusPath>> waiting = new HashMap<>();
        for (DBusPath object : objects) {
            KeychainRef ref = keychainOf(object);
            if (collections.locked(ref)) {
                locked.add(ref);
                waiting.computeIfAbsent(ref, r -> new ArrayList<>()).add(object);
            } else {
                done.add(object);
            }
        }
        if (locked.isEmpty()) {
            return new Two<>(done, noPrompt());
        }
        DBusPath prompt = prompts.create(() -> unlockInTurn(new ArrayList<>(locked), waiting, new ArrayList<>()));
        return new Two<>(done, prompt);
    }

    /** Asks for each keychain in turn; the objects of those unlocked, or null when none was. */
    private CompletableFuture<Variant<?>> unlockInTurn(List<KeychainRef> left, Map<KeychainRef, List<DBusPath>> waiting,
            List<DBusPath> unlocked) {
        if (left.isEmpty()) {
            return CompletableFuture.completedFuture(unlocked.isEmpty() ? null : new Variant<>(unlocked, "ao"));
        }
        KeychainRef next = left.remove(0);
        return person.unlock(next).thenCompose(ok -> {
            if (ok) {
                unlocked.addAll(waiting.get(next));
            }
            return unlockInTurn(left, waiting, unlocked);
        });
    }

    @Override
    public Two<List<DBusPath>, DBusPath> Lock(List<DBusPath> objects) {
        List<DBusPath> locked = new ArrayList<>();
        for (DBusPath object : objects) {
            collections.service().lock(keychainOf(object));
            locked.add(object);
        }
        return new Two<>(locked, noPrompt());
    }

    @Override
    public Map<DBusPath, SecretValue> GetSecrets(List<DBusPath> paths, DBusPath session) {
        Sessions.Session s = sessions.require(session);
        Map<DBusPath, SecretValue> out = new HashMap<>();
        for (DBusPath path : paths) {
            BusPaths.Target target = BusPaths.parse(path.getPath()).filter(t -> t.item().isPresent())
                    .orElseThrow(() -> BusErrors.noSuchObject(path.getPath()));
            out.put(path, items.secret(collections.keychain(target, path.getPath()), target.item().get(), s));
        }
        return out;
    }

    @Override
    public DBusPath ReadAlias(String name) {
        if (!BusPaths.DEFAULT_ALIAS.equals(name)) {
            return noPrompt();
        }
        return collections.defaultKeychain().map(r -> new DBusPath(BusPaths.collection(r.name()))).orElse(noPrompt());
    }

    @Override
    public void SetAlias(String name, DBusPath collection) {
        if (!BusPaths.DEFAULT_ALIAS.equals(name)) {
            throw BusErrors.of(BusErrors.NOT_SUPPORTED, "Latchkey knows only the alias \"default\"");
        }
        KeychainRef ref = keychainOf(collection);
        try {
            collections.service().setDefaultKeychain(ref);
        } catch (LatchkeyException e) {
            throw KeychainCollections.failure(e);
        }
    }

    private KeychainRef keychainOf(DBusPath object) {
        BusPaths.Target target = BusPaths.parse(object.getPath())
                .orElseThrow(() -> BusErrors.noSuchObject(object.getPath()));
        return collections.keychain(target, object.getPath());
    }

    private static DBusPath noPrompt() {
        return new DBusPath(BusPaths.NO_PROMPT);
    }

    @Override
    public <A> A Get(String iface, String property) {
        return BusErrors.property(GetAll(iface), iface, property);
    }

    @Override
    public <A> void Set(String iface, String property, A value) {
        throw BusErrors.invalid("the service's properties cannot be set");
    }

    @Override
    public Map<String, Variant<?>> GetAll(String iface) {
        if (!SERVICE.equals(iface)) {
            throw BusErrors.invalid("the service has no properties of " + iface);
        }
        List<DBusPath> paths = collections.all().stream().map(r -> new DBusPath(BusPaths.collection(r.name()))).toList();
        Map<String, Variant<?>> out = new HashMap<>();
        out.put("Collections", new Variant<>(paths, "ao"));
        return out;
    }

    @Override
    public String getObjectPath() {
        return BusPaths.SERVICE;
    }
}
