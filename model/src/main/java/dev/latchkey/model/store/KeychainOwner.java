package dev.latchkey.model.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The right to open one keychain file: at most one holder at a time, across processes (an OS
 * lock on the hidden {@code .NAME.keychain.lock} beside the file) and within this process (a
 * permit per file, since the OS lock belongs to the whole process). A keychain is only ever
 * opened by its owner, so H2 never shares a file between processes. Waiters wait in turn up to
 * a bound and then get IN_USE naming the holder, whose role and process id the lock file
 * records. The lock file stays after use (deleting it would race with waiters).
 *
 * <p>The OS lock is a POSIX record lock, which a process loses when it closes <em>any</em>
 * descriptor of the file: nothing else in the process may open a lock file while it is held.
 * The holder is read only through the waiter's own channel, or by a process that holds no lock.
 */
public final class KeychainOwner implements AutoCloseable {
    private static final String LOCK_SUFFIX = ".keychain.lock";
    private static final Map<Path, Semaphore> PERMITS = new ConcurrentHashMap<>();
    /** Wakes a waiter at its deadline by closing its channel; OS lock waits have no timeout. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "latchkey-keychain-lock-deadlines");
        t.setDaemon(true);
        return t;
    });
    private static volatile String role = "Latchkey";

    private final Path file;
    private final Semaphore permit;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private KeychainOwner(Path file, Semaphore permit, FileChannel channel, FileLock lock) {
        this.file = file;
        this.permit = permit;
        this.channel = channel;
        this.lock = lock;
    }

    /** How this process names itself to waiters, e.g. "the Latchkey window" or "latchkey daemon". */
    public static void describeThisProcessAs(String description) {
        role = description;
    }

    /** The lock file that goes with a keychain file. */
    public static Path lockFile(Path keychainFile) {
        String name = keychainFile.getFileName().toString();
        String base = name.endsWith(KeychainStore.FILE_SUFFIX)
                ? name.substring(0, name.length() - KeychainStore.FILE_SUFFIX.length()) : name;
        return keychainFile.toAbsolutePath().resolveSibling("." + base + LOCK_SUFFIX);
    }

    /**
     * Becomes the owner, waiting up to {@code wait} for the current one to finish.
     * {@code waiting} is told once, with the holder's description, if the file is taken.
     *
     * @throws StoreException IN_USE naming the holder when the wait runs out; IO when the lock
     *     file cannot be made
     */
    public static KeychainOwner claim(Path keychainFile, Duration wait, Consumer<String> waiting)
            throws StoreException {
        Path key = keychainFile.toAbsolutePath().normalize();
        long deadline = System.nanoTime() + wait.toNanos();
        Semaphore permit = PERMITS.computeIfAbsent(key, k -> new Semaphore(1, true));
        try {
            if (!permit.tryAcquire()) {
                // Held in this process: the lock file must not be opened (see above).
                String holder = role + " (pid " + ProcessHandle.current().pid() + ")";
                waiting.accept(holder);
                if (!permit.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new StoreException(StoreException.Kind.IN_USE, "the keychain is in use by " + holder);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.IN_USE, "interrupted while waiting for the keychain");
        }
        try {
            return lockFileOf(key, permit, deadline, waiting);
        } catch (StoreException | RuntimeException e) {
            permit.release();
            throw e;
        }
    }

    private static KeychainOwner lockFileOf(Path key, Semaphore permit, long deadline, Consumer<String> waiting)
            throws StoreException {
        Path lockPath = lockFile(key);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            KeychainFiles.restrictToOwner(lockPath);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = holder(channel);
                waiting.accept(holder);
                lock = waitForLock(channel, deadline, holder);
            }
            KeychainOwner owner = new KeychainOwner(key, permit, channel, lock);
            owner.recordHolder();
            return owner;
        } catch (StoreException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Kind.IO, "cannot lock the keychain file: " + e.getMessage(), e);
        }
    }

    /** Blocks in the OS until the holder lets go (fairer than polling) or the deadline closes the channel. */
    private static FileLock waitForLock(FileChannel channel, long deadline, String holder)
            throws IOException, StoreException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw inUse(holder);
        }
        ScheduledFuture<?> alarm = DEADLINES.schedule(() -> closeQuietly(channel), left, TimeUnit.NANOSECONDS);
        try {
            return channel.lock();
        } catch (ClosedChannelException e) { // AsynchronousCloseException: the deadline closed it
            Thread.interrupted(); // closing may also interrupt the waiting thread
            throw inUse(holder);
        } finally {
            alarm.cancel(false);
        }
    }

    private static StoreException inUse(String holder) {
        return new StoreException(StoreException.Kind.IN_USE, "the keychain is in use by " + holder);
    }

    /** Who holds the keychain, as its lock file says ("latchkey daemon (pid 4242)"), read through our own channel. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer b = ByteBuffer.allocate(200);
            channel.read(b, 0);
            String s = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8).strip();
            return s.isEmpty() || s.contains("\n") ? "another process" : s;
        } catch (IOException e) {
            return "another process";
        }
    }

    private void recordHolder() throws IOException {
        byte[] text = (role + " (pid " + ProcessHandle.current().pid() + ")").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text), 0);
    }

    public Path file() {
        return file;
    }

    /** Deletes the lock file too: for a keychain being deleted, while this owner still holds it. */
    public void deleteLockFile() {
        try {
            Files.deleteIfExists(lockFile(file));
        } catch (IOException e) {
            // An empty lock file left behind holds nothing and is reused by the next keychain of that name.
        }
    }

    /** Lets the next waiter in. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases the OS lock as well.
        }
        closeQuietly(channel);
        permit.release();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing to do: a closed channel holds no lock.
            }
        }
    }
}
