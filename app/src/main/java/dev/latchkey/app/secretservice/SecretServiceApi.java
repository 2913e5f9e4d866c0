package dev.latchkey.app.secretservice;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/**
 * The D-Bus interfaces of the Secret Service API (freedesktop.org, version 0.2), as dbus-java
 * exports them. Method names are the D-Bus member names.
 */
public final class SecretServiceApi {
    private SecretServiceApi() {
    }

    @DBusInterfaceName("org.freedesktop.Secret.Service")
    public interface Service extends DBusInterface {
        Two<Variant<?>, DBusPath> OpenSession(String algorithm, Variant<?> input);

        Two<DBusPath, DBusPath> CreateCollection(Map<String, Variant<?>> properties, String alias);

        Two<List<DBusPath>, List<DBusPath>> SearchItems(Map<String, String> attributes);

        Two<List<DBusPath>, DBusPath> Unlock(List<DBusPath> objects);

        Two<List<DBusPath>, DBusPath> Lock(List<DBusPath> objects);

        Map<DBusPath, SecretValue> GetSecrets(List<DBusPath> items, DBusPath session);

        DBusPath ReadAlias(String name);

        void SetAlias(String name, DBusPath collection);

        /** A collection was added. */
        final class CollectionCreated extends DBusSignal {
            public CollectionCreated(String path, DBusPath collection) throws DBusException {
                super(path, collection);
            }
        }

        /** A collection was removed. */
        final class CollectionDeleted extends DBusSignal {
            public CollectionDeleted(String path, DBusPath collection) throws DBusException {
                super(path, collection);
            }
        }

        /** A collection was locked, unlocked or changed. */
        final class CollectionChanged extends DBusSignal {
            public CollectionChanged(String path, DBusPath collection) throws DBusException {
                super(path, collection);
            }
        }
    }

    @DBusInterfaceName("org.freedesktop.Secret.Collection")
    public interface Collection extends DBusInterface {
        DBusPath Delete();

        List<DBusPath> SearchItems(Map<String, String> attributes);

        Two<DBusPath, DBusPath> CreateItem(Map<String, Variant<?>> properties, SecretValue secret, boolean replace);

        final class ItemCreated extends DBusSignal {
            public ItemCreated(String path, DBusPath item) throws DBusException {
                super(path, item);
            }
        }

        final class ItemDeleted extends DBusSignal {
            public ItemDeleted(String path, DBusPath item) throws DBusException {
                super(path, item);
            }
        }

        final class ItemChanged extends DBusSignal {
            public ItemChanged(String path, DBusPath item) throws DBusException {
                super(path, item);
            }
        }
    }

    @DBusInterfaceName("org.freedesktop.Secret.Item")
    public interface Item extends DBusInterface {
        DBusPath Delete();

        SecretValue GetSecret(DBusPath session);

        void SetSecret(SecretValue secret);
    }

    @DBusInterfaceName("org.freedesktop.Secret.Session")
    public interface Session extends DBusInterface {
        void Close();
    }

    @DBusInterfaceName("org.freedesktop.Secret.Prompt")
    public interface Prompt extends DBusInterface {
        void Prompt(String windowId);

        void Dismiss();

        /** The prompt ended: dismissed, or done with its result (the unlocked objects, the new collection). */
        final class Completed extends DBusSignal {
            public Completed(String path, boolean dismissed, Variant<?> result) throws DBusException {
                super(path, dismissed, result);
            }
        }
    }
}
