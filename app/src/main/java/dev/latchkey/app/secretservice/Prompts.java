package dev.latchkey.app.secretservice;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.Variant;

/**
 * Prompt objects: an operation that needs the person (unlocking, a new keychain) returns one;
 * the client calls {@code Prompt}, the window asks, and {@code Completed} tells the client
 * the outcome. A prompt serves its creator only and runs once; it is dropped when done.
 */
final class Prompts {
    private static final System.Logger LOG = System.getLogger(Prompts.class.getName());
    static final int MAX_OPEN = 256;

    /** One pending prompt. */
    final class PendingPrompt implements SecretServiceApi.Prompt {
        private final String path;
        private final String owner;
        private final Supplier<CompletableFuture<Variant<?>>> action;
        private boolean started;

        private PendingPrompt(String path, String owner, Supplier<CompletableFuture<Variant<?>>> action) {
            this.path = path;
            this.owner = owner;
            this.action = action;
        }

        @Override
        public void Prompt(String windowId) {
            requireOwner();
            synchronized (this) {
                if (started) {
                    throw BusErrors.of(BusErrors.FAILED, "this prompt was shown already");
                }
                started = true;
            }
            action.get().whenComplete((result, failure) -> complete(this, result == null, result));
        }

        @Override
        public void Dismiss() {
            requireOwner();
            complete(this, true, null);
        }

        private void requireOwner() {
            if (!owner.equals(Caller.busName())) {
                throw BusErrors.of(BusErrors.ACCESS_DENIED, "the prompt belongs to another client");
            }
        }

        @Override
        public String getObjectPath() {
            return path;
        }
    }

    private final DBusConnection connection;
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, PendingPrompt> open = new ConcurrentHashMap<>();

    Prompts(DBusConnection connection) {
        this.connection = connection;
    }

    /**
     * A prompt whose action completes with the result to report (an {@code ao} of objects, a
     * collection path), or with null when the person cancelled.
     */
    DBusPath create(Supplier<CompletableFuture<Variant<?>>> action) {
        if (open.size() >= MAX_OPEN) {
            throw BusErrors.of(BusErrors.FAILED, "too many prompts are waiting");
        }
        PendingPrompt p = new PendingPrompt(BusPaths.PROMPTS + "/p" + counter.incrementAndGet(), Caller.busName(),
                action);
        open.put(p.path, p);
        try {
            connection.exportObject(p.path, p);
        } catch (DBusException e) {
            open.remove(p.path);
            throw BusErrors.of(BusErrors.FAILED, "cannot make a prompt: " + e.getMessage());
        }
        return new DBusPath(p.path);
    }

    private void complete(PendingPrompt p, boolean dismissed, Variant<?> result) {
        if (open.remove(p.path) == null) {
            return; // completed already
        }
        try {
            connection.sendMessage(new SecretServiceApi.Prompt.Completed(p.path, dismissed,
                    result != null ? result : new Variant<>(List.<DBusPath>of(), "ao")));
        } catch (DBusException e) {
            LOG.log(System.Logger.Level.WARNING, "could not tell a client its prompt ended: " + e.getMessage());
        } finally {
            connection.unExportObject(p.path);
        }
    }
}
