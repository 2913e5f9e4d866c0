package dev.latchkey.app.secretservice;

import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.LockListener;
import dev.latchkey.model.keychain.LockState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBus;

/**
 * Latchkey as the session's Secret Service ({@code org.freedesktop.secrets}): other
 * applications (libsecret's {@code secret-tool}, Python's {@code keyring}, browsers…) keep
 * their passwords in the keychains of the running Latchkey. Started by the window and by
 * {@code latchkey daemon}. When another program owns the name (gnome-keyring, KeePassXC) or
 * there is no session bus, Latchkey says so and goes on without it.
 */
public final class SecretServiceProvider implements AutoCloseable {
    public static final String BUS_NAME = "org.freedesktop.secrets";
    private static final System.Logger LOG = System.getLogger(SecretServiceProvider.class.getName());

    /** How the provider stands, for the window's status and {@code latchkey status}. */
    public record Status(State state, String message) {
        public enum State {
            SERVING, TAKEN, NO_BUS, FAILED
        }
    }

    private final Status status;
    private final DBusConnection connection;
    private final KeychainService service;
    private final LockListener lockListener;

    private SecretServiceProvider(Status status, DBusConnection connection, KeychainService service,
            LockListener lockListener) {
        this.status = status;
        this.connection = connection;
        this.service = service;
        this.lockListener = lockListener;
    }

    /**
     * Serves the keychains of {@code service} on the session bus; {@code activity} hears of
     * each request (auto-lock's idle clock). Never throws: the status says what happened.
     */
    public static SecretServiceProvider start(KeychainService service, ServicePrompts prompts, Runnable activity) {
        return start(service, prompts, activity, sessionBusAddress());
    }

    /** The same on the bus at {@code address} (null: none). */
    public static SecretServiceProvider start(KeychainService service, ServicePrompts prompts, Runnable activity,
            String address) {
        if (address == null) {
            return off(new Status(Status.State.NO_BUS, "no session bus (DBUS_SESSION_BUS_ADDRESS is not set): "
                    + "other applications cannot use Latchkey's keychains"));
        }
        DBusConnection connection;
        try {
            connection = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        } catch (DBusException e) {
            return off(new Status(Status.State.NO_BUS, "cannot connect to the session bus: " + e.getMessage()));
        }
        try {
            DBus bus = connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
            if (bus.NameHasOwner(BUS_NAME)) {
                String owner = owner(bus);
                connection.close();
                return off(taken(owner));
            }
            KeychainCollections collections = new KeychainCollections(service, activity);
            Sessions sessions = new Sessions(connection);
            Prompts promptObjects = new Prompts(connection);
            AccessGate gate = new AccessGate(prompts);
            SharedItems items = new SharedItems(collections, gate, new Caller(connection));
            connection.exportObject(BusPaths.SERVICE, new ServiceObject(collections, items, sessions, promptObjects,
                    prompts));
            connection.addFallback(BusPaths.COLLECTIONS, new CollectionObjects(BusPaths.COLLECTIONS, collections, items,
                    sessions, connection));
            connection.addFallback(BusPaths.ALIASES, new CollectionObjects(BusPaths.ALIASES, collections, items,
                    sessions, connection));
            connection.addSigHandler(DBus.NameOwnerChanged.class, signal -> {
                if (signal.name.startsWith(":") && signal.newOwner.isEmpty()) {
                    sessions.closeAllOf(signal.name);
                }
            });
            try {
                connection.requestBusName(BUS_NAME);
            } catch (DBusException e) {
                connection.close();
                return off(taken("another program"));
            }
            LockListener listener = (ref, state) -> {
                if (state == LockState.LOCKED) {
                    gate.forget(ref);
                }
                if (state == LockState.LOCKED || state == LockState.UNLOCKED) {
                    changed(connection, BusPaths.collection(ref.name()));
                }
            };
            service.addLockListener(listener);
            LOG.log(System.Logger.Level.INFO, "serving " + BUS_NAME + " on the session bus");
            return new SecretServiceProvider(new Status(Status.State.SERVING, "Latchkey serves the Secret Service ("
                    + BUS_NAME + ") to other applications"), connection, service, listener);
        } catch (DBusException | IOException | RuntimeException e) {
            closeQuietly(connection);
            return off(new Status(Status.State.FAILED, "cannot serve the Secret Service: " + e.getMessage()));
        }
    }

    private static SecretServiceProvider off(Status status) {
        LOG.log(System.Logger.Level.WARNING, status.message());
        return new SecretServiceProvider(status, null, null, null);
    }

    private static Status taken(String owner) {
        return new Status(Status.State.TAKEN, BUS_NAME + " is served by " + owner + ", so other applications keep "
                + "their passwords there, not in Latchkey; stop it to let Latchkey serve them");
    }

    /** The owner of the name, by executable when the bus tells its process. */
    private static String owner(DBus bus) {
        try {
            long pid = bus.GetConnectionUnixProcessID(BUS_NAME).longValue();
            try {
                return Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe")) + " (pid " + pid + ")";
            } catch (IOException | UnsupportedOperationException e) {
                return "process " + pid;
            }
        } catch (RuntimeException e) {
            return "another program";
        }
    }

    /** The session bus: DBUS_SESSION_BUS_ADDRESS, else systemd's user bus socket; null when neither. */
    public static String sessionBusAddress() {
        String address = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        if (address != null && !address.isBlank()) {
            return address;
        }
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        if (runtime != null && Files.exists(Path.of(runtime, "bus"))) {
            return "unix:path=" + Path.of(runtime, "bus");
        }
        return null;
    }

    private static void changed(DBusConnection connection, String collection) {
        try {
            connection.sendMessage(new SecretServiceApi.Service.CollectionChanged(BusPaths.SERVICE,
                    new DBusPath(collection)));
        } catch (DBusException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not send CollectionChanged: " + e.getMessage());
        }
    }

    public Status status() {
        return status;
    }

    /** Gives the name back and leaves the bus. */
    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        service.removeLockListener(lockListener);
        try {
            connection.releaseBusName(BUS_NAME);
        } catch (DBusException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "releasing " + BUS_NAME + ": " + e.getMessage());
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(DBusConnection connection) {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "leaving the session bus: " + e.getMessage());
        }
    }
}
