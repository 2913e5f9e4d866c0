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

/**
 * The window's end of the channel: listens at {@link SocketPath}, reads one request line per
 * connection and answers {@code ok} or {@code error <reason>}. Requests that arrive before the
 * window is ready wait for {@link #handleWith}. Nothing secret ever passes.
 */
public final class InstanceServer implements AutoCloseable {
    static final int MAX_REQUEST_BYTES = 64;
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

    /** One connection at a time: each is a single short line with a deadline. */
    private void acceptLoop() {
        while (!closed) {
            try (SocketChannel connection = channel.accept()) {
                serve(new LineChannel(connection));
            } catch (ClosedChannelException e) { // also AsynchronousCloseException: close() ends the wait
                return;
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "a request to the window failed: " + e.getMessage());
                }
            }
        }
    }

    private void serve(LineChannel connection) throws IOException {
        String answer;
        try {
            String line = connection.read(MAX_REQUEST_BYTES, readTimeout);
            if (line == null) {
                return; // a start checking whether this window runs
            }
            answer = take(line);
        } catch (LineChannel.LineTooLongException e) {
            answer = "error request too long";
        } catch (SocketTimeoutException e) {
            answer = "error no request within " + readTimeout.toMillis() + " ms";
        }
        connection.write(answer);
    }

    private String take(String line) {
        Optional<WindowRequest> request = WindowRequest.parse(line);
        if (request.isEmpty()) {
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
