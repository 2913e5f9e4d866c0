package dev.latchkey.app.secretservice;

import dev.latchkey.crypto.exchange.DhAesTransport;
import dev.latchkey.crypto.secret.Wipe;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.Variant;

/**
 * The transfer sessions clients open: {@code plain} (secrets travel as they are over the
 * user's private bus) or the encrypted {@link DhAesTransport}. A session belongs to the bus
 * connection that opened it; another connection cannot use it. Each is exported as its own
 * object so that its owner can close it; a connection may hold a few at most, and those of a
 * client that left the bus are dropped.
 */
final class Sessions {
    static final String PLAIN = "plain";
    static final int MAX_PER_CLIENT = 16;
    static final int MAX_TOTAL = 1024;
    /** What libsecret asks for to call a secret text (a password); Latchkey keeps no other kind. */
    private static final String CONTENT_TYPE = "text/plain";
    private static final System.Logger LOG = System.getLogger(Sessions.class.getName());

    /** One open session. */
    final class Session implements SecretServiceApi.Session {
        private final String path;
        private final String owner;
        private final DhAesTransport transport;

        private Session(String path, String owner, DhAesTransport transport) {
            this.path = path;
            this.owner = owner;
            this.transport = transport;
        }

        @Override
        public void Close() {
            if (!owner.equals(Caller.busName())) {
                throw BusErrors.of(BusErrors.ACCESS_DENIED, "the session belongs to another client");
            }
            close(this);
        }

        @Override
        public String getObjectPath() {
            return path;
        }

        /** The secret as this session sends it; {@code plaintext} is not kept. */
        SecretValue encode(byte[] plaintext) {
            if (transport == null) {
                return new SecretValue(new DBusPath(path), new byte[0], plaintext.clone(), CONTENT_TYPE);
            }
            DhAesTransport.Sealed sealed = transport.seal(plaintext);
            return new SecretValue(new DBusPath(path), sealed.iv(), sealed.ciphertext(), CONTENT_TYPE);
        }

        /** A client's secret in clear; the caller wipes it. */
        byte[] decode(SecretValue secret) {
            if (transport == null) {
                if (secret.parameters.length != 0) {
                    throw BusErrors.invalid("a plain session's secret has no parameters");
                }
                return secret.value.clone();
            }
            try {
                return transport.open(secret.parameters, secret.value);
            } catch (IllegalArgumentException e) {
                throw BusErrors.invalid(e.getMessage());
            } finally {
                Wipe.bytes(secret.value);
            }
        }
    }

    private final DBusConnection connection;
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, Session> open = new LinkedHashMap<>();

    Sessions(DBusConnection connection) {
        this.connection = connection;
    }

    /** OpenSession: the algorithm's answer to the client's input, and the new session's path. */
    Two<Variant<?>, DBusPath> open(String algorithm, Variant<?> input) {
        String owner = Caller.busName();
        DhAesTransport transport;
        Variant<?> output;
        if (PLAIN.equals(algorithm)) {
            transport = null;
            output = new Variant<>("");
        } else if (DhAesTransport.ALGORITHM.equals(algorithm)) {
            byte[] clientPublic = bytes(input.getValue()).orElseThrow(() -> BusErrors.invalid(
                    "the " + algorithm + " input is the client's public value, an array of bytes"));
            try {
                transport = DhAesTransport.answer(clientPublic);
            } catch (IllegalArgumentException e) {
                throw BusErrors.invalid(e.getMessage());
            }
            output = new Variant<>(transport.publicKey(), "ay");
        } else {
            throw BusErrors.of(BusErrors.NOT_SUPPORTED, "the algorithm \"" + algorithm.replaceAll("\\p{Cntrl}", "?")
                    + "\" is not supported; use plain or " + DhAesTransport.ALGORITHM);
        }
        Session session = new Session(BusPaths.SESSIONS + "/s" + counter.incrementAndGet(), owner, transport);
        List<Session> evicted = new ArrayList<>();
        synchronized (open) {
            evicted.addAll(over(owner, MAX_PER_CLIENT - 1));
            if (open.size() >= MAX_TOTAL) {
                evicted.add(open.values().iterator().next());
            }
            evicted.forEach(s -> open.remove(s.path));
            open.put(session.path, session);
        }
        evicted.forEach(this::unexport);
        try {
            connection.exportObject(session.path, session);
        } catch (DBusException e) {
            close(session);
            throw BusErrors.of(BusErrors.FAILED, "cannot open a session: " + e.getMessage());
        }
        return new Two<>(output, new DBusPath(session.path));
    }

    /** An {@code ay} as dbus-java hands it over in a variant: byte[], Byte[] or a list of bytes. */
    static java.util.Optional<byte[]> bytes(Object value) {
        if (value instanceof byte[] b) {
            return java.util.Optional.of(b);
        }
        java.util.List<?> list = value instanceof Byte[] boxed ? java.util.Arrays.asList(boxed)
                : value instanceof java.util.List<?> l ? l : null;
        if (list == null || !list.stream().allMatch(Byte.class::isInstance)) {
            return java.util.Optional.empty();
        }
        byte[] out = new byte[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Byte) list.get(i);
        }
        return java.util.Optional.of(out);
    }

    /** The caller's session at {@code path}, or NoSession. */
    Session require(DBusPath path) {
        Session s;
        synchronized (open) {
            s = open.get(path.getPath());
        }
        if (s == null || !s.owner.equals(Caller.busName())) {
            throw BusErrors.of(BusErrors.NO_SESSION, "no open session at " + path.getPath() + " for this client");
        }
        return s;
    }

    /** Drops the sessions of a client that left the bus. */
    void closeAllOf(String owner) {
        List<Session> gone;
        synchronized (open) {
            gone = over(owner, 0);
            gone.forEach(s -> open.remove(s.path));
        }
        gone.forEach(this::unexport);
    }

    int count() {
        synchronized (open) {
            return open.size();
        }
    }

    private List<Session> over(String owner, int keep) {
        List<Session> mine = new ArrayList<>();
        for (Iterator<Session> it = open.values().iterator(); it.hasNext();) {
            Session s = it.next();
            if (s.owner.equals(owner)) {
                mine.add(s);
            }
        }
        return mine.subList(0, Math.max(0, mine.size() - keep));
    }

    private void close(Session session) {
        synchronized (open) {
            open.remove(session.path);
        }
        unexport(session);
    }

    private void unexport(Session session) {
        if (session.transport != null) {
            session.transport.close();
        }
        try {
            connection.unExportObject(session.path);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "unexporting " + session.path + ": " + e.getMessage());
        }
    }
}
