package dev.latchkey.app.instance;

import java.io.IOException;
import java.net.BindException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The running Latchkey's end of the channel: listens at {@link SocketPath} and reads one
 * request line per connection. Window requests are answered {@code ok} or
 * {@code error <reason>} here; requests that arrive before the window is ready wait for
 * {@link #handleWith}. A command session ({@value #COMMAND_SESSION}) is handed, connection and
 * all, to the handler given to {@link #serveCommandsWith}. Connections from another user are
 * refused before anything is read.
 */
public final class InstanceServer implements AutoCloseable {
    static final int MAX_REQUEST_BYTES = 64;
    /** The request line that opens a command session (decision 0010). */
    public static final String COMMAND_SESSION = "cli 1";
    /** A daemon's answer to a window request. */
    static final String NO_WINDOW = "error no-window";
    static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    /** More early requests than this are refused: a shortcut pressed again and again while the window starts. */
    static final int MAX_WAITING = 16;
    private static final System.Logger LOG = System.getLogger(InstanceServer.class.getName());
    /** Starts in one JVM (tests) take turns here; the file lock only serialises processes. */
    private static final Object CLAIMING = new Object();

    private final SocketPath socket;
    private final ServerSocketChannel channel;
    private final Object fileKey;
    private final Duration readTimeout;
    private final Deque<WindowRequest> waiting = new ArrayDeque<>();
    private final Thread acceptor;
    private final Thread shutdownHook;
    private Consumer<WindowRequest> handler;
    private volatile Consumer<SocketChannel> commands;
    private volatile Runnable handover;
    private volatile Predicate<String> peerUser = SameUser::is;
    private volatile boolean closed;

    private InstanceServer(SocketPath socket, ServerSocketChannel channel, Duration readTimeout) throws IOException {
        this.socket = socket;
        this.channel = channel;
        this.fileKey = Files.readAttributes(socket.file(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        this.readTimeout = readTimeout;
        this.acceptor = new Thread(this::acceptLoop, "latchkey-instance-channel");
        acceptor.setDaemon(true);
        // Removes the socket file also when the JVM ends without the app's stop (a signal).
        this.shutdownHook = new Thread(this::closeChannel, "latchkey-instance-channel-cleanup");
    }

    /**
     * Becomes the one window for the socket's data folder: binds the socket (replacing one a
     * crashed window left), or finds the window that already answers there.
     */
    public static Claim claim(SocketPath socket) {
        return claim(socket, READ_TIMEOUT);
    }

    static Claim claim(SocketPath socket, Duration readTimeout) {
        Optional<String> unusable = socket.unusable();
        if (unusable.isPresent()) {
            return new Claim.Unavailable(unusable.get());
        }
        synchronized (CLAIMING) {
            try {
                OwnerOnly.folder(socket.file().getParent());
                try (FileChannel lockFile = FileChannel.open(socket.lockFile(), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE)) {
                    lockFile.lock(); // released when the channel closes
                    OwnerOnly.file(socket.lockFile());
                    return bindOrFind(socket, readTimeout);
                }
            } catch (IOException e) {
                return new Claim.Unavailable("cannot listen at " + socket.file() + ": " + e.getMessage());
            }
        }
    }

    /** Runs under the lock, so no other start can bind or delete between the check and the bind. */
    private static Claim bindOrFind(SocketPath socket, Duration readTimeout) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            try {
                channel.bind(socket.address());
            } catch (BindException e) {
                if (InstanceClient.answers(socket)) {
                    channel.close();
                    return new Claim.RunningElsewhere();
                }
                if (!OwnerOnly.isSocket(socket.file())) {
                    channel.close();
                    return new Claim.Unavailable(socket.file() + " exists and is not a socket; move it away");
                }
                // Nothing answers: the window that made the file ended without removing it.
                Files.delete(socket.file());
                channel.bind(socket.address());
            }
            OwnerOnly.file(socket.file());
            InstanceServer server = new InstanceServer(socket, channel, readTimeout);
            server.acceptor.start();
            Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            return new Claim.Serving(server);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** From now on requests go to {@code requestHandler}, the ones that came earlier first, in order. */
    public void handleWith(Consumer<WindowRequest> requestHandler) {
        Objects.requireNonNull(requestHandler);
        synchronized (waiting) {
            handler = requestHandler;
            while (!waiting.isEmpty()) {
                handler.accept(waiting.poll());
            }
        }
    }

    /**
     * From now on command sessions go to {@code sessions}, which owns each connection it is
     * given (and answers its request line); until then they are told the service is starting.
     */
    public void serveCommandsWith(Consumer<SocketChannel> sessions) {
        commands = Objects.requireNonNull(sessions);
    }

    /**
     * Serves without a window ({@code latchkey daemon}): window requests are answered
     * {@value #NO_WINDOW}, so that the asker starts a window, and a {@code handover} request
     * from that window runs {@code onHandover}, which stops this server.
     */
    public void serveWithoutWindow(Runnable onHandover) {
        handover = Objects.requireNonNull(onHandover);
    }

    /** Who may connect, by user name: for tests standing in for another user. */
    public void acceptPeersWhere(Predicate<String> user) {
        peerUser = user;
    }

    public SocketPath socket() {
        return socket;
    }

    /** Stops listening and removes the socket file. */
    @Override
    public void close() {
        closeChannel();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down; the hook does the same.
        }
    }

    private synchronized void closeChannel() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the channel: " + e.getMessage());
        }
        deleteOwnFile();
    }

    /** Deletes the socket file only if it is still the one this server bound, never a newer window's. */
    private void deleteOwnFile() {
        try {
            Object now = Files.readAttributes(socket.file(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
            if (Objects.equals(now, fileKey)) {
                Files.deleteIfExists(socket.file());
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "socket file already gone: " + e.getMessage());
        }
    }

    /**
     * One connection at a time: each is a single short line with a deadline. Command sessions
     * go on on the handler's threads.
     */
    private void acceptLoop() {
        while (!closed) {
            SocketChannel connection;
            try {
                connection = channel.accept();
            } catch (ClosedChannelException e) { // also AsynchronousCloseException: close() ends the wait
                return;
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "accepting a connection failed: " + e.getMessage());
                }
                continue;
            }
            boolean handedOver = false;
            try {
                handedOver = serve(connection);
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "a request to Latchkey failed: " + e.getMessage());
                }
            } finally {
                if (!handedOver) {
                    closeQuietly(connection);
                }
            }
        }
    }

    /** Answers one request; true when a command handler took the connection. */
    private boolean serve(SocketChannel socketChannel) throws IOException {
        LineChannel connection = new LineChannel(socketChannel);
        Optional<String> stranger = SameUser.stranger(socketChannel, peerUser);
        if (stranger.isPresent()) {
            LOG.log(System.Logger.Level.WARNING, "refused a connection from user " + stranger.get());
            connection.write("error this Latchkey belongs to another user");
            return false;
        }
        String answer;
        try {
            String line = connection.read(MAX_REQUEST_BYTES, readTimeout);
            if (line == null) {
                return false; // a start checking whether Latchkey runs
            }
            if (line.equals(COMMAND_SESSION)) {
                Consumer<SocketChannel> sessions = commands;
                if (sessions != null) {
                    sessions.accept(socketChannel);
                    return true;
                }
                answer = "error starting";
            } else {
                answer = take(line);
            }
        } catch (LineChannel.LineTooLongException e) {
            answer = "error request too long";
        } catch (SocketTimeoutException e) {
            answer = "error no request within " + readTimeout.toMillis() + " ms";
        }
        connection.write(answer);
        return false;
    }

    private static void closeQuietly(SocketChannel c) {
        try {
            c.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing a connection: " + e.getMessage());
        }
    }

    private String take(String line) {
        Optional<WindowRequest> request = WindowRequest.parse(line);
        Runnable stop = handover;
        if (request.isPresent() && stop != null) {
            if (request.get() != WindowRequest.HANDOVER) {
                return NO_WINDOW;
            }
            stop.run();
            return "ok";
        }
        if (request.isEmpty() || request.get() == WindowRequest.HANDOVER) {
            return "error unknown request";
        }
        synchronized (waiting) {
            if (handler == null) {
                if (waiting.size() >= MAX_WAITING) {
                    return "error too many requests before the window is ready";
                }
                waiting.add(request.get());
                return "ok";
            }
            try {
                handler.accept(request.get());
                return "ok";
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the window could not take \"" + line + "\": " + e);
                return "error the window could not take the request";
            }
        }
    }
}
