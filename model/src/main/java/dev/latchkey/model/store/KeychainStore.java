package dev.latchkey.model.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * One keychain's H2 database, opened only by the process that is its {@link KeychainOwner}
 * (made, deleted and kept private by {@link KeychainFiles}):
 * read-only (to check a password without writing a byte) or for writing. No other process
 * shares the file while it is open, so H2 runs embedded, with no server. Every commit is
 * written through ({@code WRITE_DELAY=0}), so a killed process loses only the change in flight.
 */
public final class KeychainStore implements AutoCloseable {
    public static final String FILE_SUFFIX = ".keychain.mv.db";
    private static final String H2_SUFFIX = ".mv.db";
    private static final String WRITE_OPTIONS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0";
    private static final String ITEM_COLUMNS = "item_id, item_class, row_version, idx_primary, meta_ct";

    static {
        // H2 hashes every binary value it reads, to share equal ones through a global cache.
        // Our values are ciphertexts that never repeat, and the hashing was a fifth of the
        // time to unlock 100,000 items. Read once, when H2 first loads.
        System.getProperties().putIfAbsent("h2.objectCache", "false");
        org.h2.Driver.load();
    }

    private static volatile Runnable beforeEachUse = () -> { };

    private final Connection open;

    private KeychainStore(Connection connection) {
        this.open = connection;
    }

    /**
     * Runs {@code check} before every use of an open store, on the thread that uses it (null:
     * no check). The window's UI thread must never wait on the database (docs/decisions/0006):
     * the flow tests install a check that fails on such a use.
     */
    public static void beforeEachUse(Runnable check) {
        beforeEachUse = check == null ? () -> { } : check;
    }

    private Connection connection() {
        beforeEachUse.run();
        return open;
    }

    static String base(Path file) {
        String s = file.toAbsolutePath().toString();
        if (!s.endsWith(H2_SUFFIX)) {
            throw new IllegalArgumentException("not a keychain file name: " + file.getFileName());
        }
        return s.substring(0, s.length() - H2_SUFFIX.length());
    }

    static Connection connect(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "latchkey");
        p.setProperty("password", "");
        return DriverManager.getConnection(url, p);
    }

    /** Opens for reading only; the file is not modified. The caller owns the file. */
    public static KeychainStore openForReading(Path file) throws StoreException {
        requireFile(file);
        requireStoredData(file);
        try {
            return new KeychainStore(connect("jdbc:h2:file:" + base(file)
                    + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0"));
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot open keychain");
        }
    }

    /** Opens for reading and writing; applies pending migrations. The caller owns the file. */
    public static KeychainStore openForWriting(Path file) throws StoreException {
        requireFile(file);
        Connection c = null;
        try {
            c = connect("jdbc:h2:file:" + base(file) + WRITE_OPTIONS + ";IFEXISTS=TRUE");
            int version = SchemaMigrator.currentVersion(c);
            if (version == 0) {
                throw new StoreException(StoreException.Kind.NOT_A_KEYCHAIN, "not a Latchkey keychain");
            }
            if (version < SchemaMigrator.LATEST) {
                SchemaMigrator.migrate(c);
            } else if (version > SchemaMigrator.LATEST) {
                throw new StoreException(StoreException.Kind.NEWER_SCHEMA,
                        "keychain was written by a newer version of Latchkey");
            }
            return new KeychainStore(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw SqlErrors.classify(e, "cannot open keychain");
        } catch (StoreException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Refuses a file in which H2 finds no stored data (empty, or cut before its first chunk)
     * before the database engine sees it: the engine would take it for a new database, fail to
     * initialise it read-only, and keep the file locked for the rest of the process, so that a
     * second attempt reads as "in use" and falls back to a read-write open that rewrites it.
     */
    private static void requireStoredData(Path file) throws StoreException {
        try {
            if (Files.size(file) == 0) {
                throw new StoreException(StoreException.Kind.NOT_A_KEYCHAIN, "the keychain file is empty");
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "cannot read keychain: " + e.getMessage(), e);
        }
        try (MVStore store = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).readOnly().open()) {
            if (store.getMapNames().isEmpty()) {
                throw new StoreException(StoreException.Kind.NOT_A_KEYCHAIN, "the keychain file holds no data");
            }
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new StoreException(StoreException.Kind.IN_USE,
                        "the keychain file is open in a program other than Latchkey", e);
            }
            throw new StoreException(StoreException.Kind.CORRUPT, "cannot open keychain: " + e.getMessage(), e);
        }
    }

    private static void requireFile(Path file) throws StoreException {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(StoreException.Kind.NOT_FOUND, "no keychain file at " + file);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Already failing; the first error is the one worth reporting.
            }
        }
    }

    // ---- reads -------------------------------------------------------------------------------

    public HeaderRecord readHeader() throws StoreException {
        try (Statement s = connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT header, master_key FROM keychain_header WHERE id = 1")) {
            if (!rs.next()) {
                throw new StoreException(StoreException.Kind.NOT_A_KEYCHAIN, "keychain header is missing");
            }
            return new HeaderRecord(rs.getBytes(1), rs.getBytes(2));
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot read keychain header");
        }
    }

    /**
     * NEWER_SCHEMA when a newer Latchkey wrote this keychain. Unlock checks this on the
     * read-only connection, so such a keychain is refused before any password is tried and
     * without the read-write open (which would write to it).
     */
    public void requireKnownSchema() throws StoreException {
        if (schemaVersion() > SchemaMigrator.LATEST) {
            throw new StoreException(StoreException.Kind.NEWER_SCHEMA,
                    "keychain was written by a newer version of Latchkey");
        }
    }

    public int schemaVersion() throws StoreException {
        try {
            return SchemaMigrator.currentVersion(connection());
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot read schema version");
        }
    }

    /** The manifest generation alone: a cheap check for changes by other processes. */
    public long generation() throws StoreException {
        try (Statement s = connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT generation FROM manifest WHERE id = 1")) {
            if (!rs.next()) {
                throw new StoreException(StoreException.Kind.CORRUPT, "keychain manifest is missing");
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot read keychain manifest");
        }
    }

    public SettingsRecord readSettings() throws StoreException {
        try (Statement s = connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT version, sealed FROM keychain_settings WHERE id = 1")) {
            if (!rs.next()) {
                throw new StoreException(StoreException.Kind.CORRUPT, "keychain settings are missing");
            }
            return new SettingsRecord(rs.getLong(1), rs.getBytes(2));
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot read keychain settings");
        }
    }

    public long countItems() throws StoreException {
        try (Statement s = connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM items")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot count items");
        }
    }

    /**
     * The manifest, every item row (without secrets) and the settings as of one commit, and
     * optionally one item's full row from that same commit.
     */
    public record Contents(ManifestRecord manifest, List<ItemRow> items, SettingsRecord settings,
            Optional<ItemRow> item) {
    }

    /**
     * Reads manifest, item rows, settings and (if {@code itemId} is not null) that item's full
     * row from one snapshot. Read one after another while another process commits, they would
     * disagree, which looks exactly like tampering. H2's SNAPSHOT level fixes the view of every
     * table at the transaction's first statement.
     */
    public Contents readAll(UUID itemId) throws StoreException {
        try (Statement s = connection().createStatement()) {
            s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            connection().setAutoCommit(false);
            try {
                return new Contents(readManifest(connection(), false), allItems(), readSettings(),
                        itemId == null ? Optional.empty() : item(connection(), itemId, false));
            } finally {
                connection().rollback();
                connection().setAutoCommit(true);
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED");
            }
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot read keychain");
        }
    }

    /** Every item row without its secret columns. */
    public List<ItemRow> allItems() throws StoreException {
        try (Statement s = connection().createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery("SELECT " + ITEM_COLUMNS + " FROM items")) {
                List<ItemRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(metaRow(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot read items");
        }
    }

    public Optional<ItemRow> findByPrimary(int itemClass, byte[] primary) throws StoreException {
        try (PreparedStatement ps = connection().prepareStatement("SELECT " + ITEM_COLUMNS
                + " FROM items WHERE item_class = ? AND idx_primary = ?")) {
            ps.setInt(1, itemClass);
            ps.setBytes(2, primary);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(metaRow(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot look up item");
        }
    }

    /** The full row, secret columns included. */
    public Optional<ItemRow> item(UUID id) throws StoreException {
        try {
            return item(connection(), id, false);
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot read item");
        }
    }

    // ---- writes ------------------------------------------------------------------------------

    /** The body of a write transaction; may throw its own checked exception {@code E}. */
    @FunctionalInterface
    public interface WriteBody<T, E extends Exception> {
        T run(WriteTransaction tx) throws StoreException, E;
    }

    /**
     * Runs {@code body} in one transaction holding the manifest row lock, so writers in every
     * process are serialised and the manifest always matches the rows. All or nothing.
     */
    public <T, E extends Exception> T write(WriteBody<T, E> body) throws StoreException, E {
        try {
            connection().setAutoCommit(false);
            try {
                ManifestRecord manifest = readManifest(connection(), true);
                T result = body.run(new WriteTransaction(connection(), manifest));
                connection().commit();
                return result;
            } catch (Throwable e) {
                connection().rollback();
                throw e;
            } finally {
                connection().setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot write keychain");
        }
    }

    /** Replaces the header and wrapped master key (password change) atomically. */
    public void replaceHeader(byte[] expectedHeader, HeaderRecord replacement) throws StoreException {
        this.<Void, RuntimeException>write(tx -> {
            tx.replaceHeader(expectedHeader, replacement);
            return null;
        });
    }

    static ManifestRecord readManifest(Connection c, boolean forUpdate) throws SQLException, StoreException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT generation, item_count, settings_version, accumulator, tag "
                     + "FROM manifest WHERE id = 1" + (forUpdate ? " FOR UPDATE" : ""))) {
            if (!rs.next()) {
                throw new StoreException(StoreException.Kind.CORRUPT, "keychain manifest is missing");
            }
            return new ManifestRecord(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBytes(4), rs.getBytes(5));
        }
    }

    static void bindManifest(PreparedStatement ps, ManifestRecord m) throws SQLException {
        ps.setLong(1, m.generation());
        ps.setLong(2, m.itemCount());
        ps.setLong(3, m.settingsVersion());
        ps.setBytes(4, m.accumulator());
        ps.setBytes(5, m.tag());
    }

    static Optional<ItemRow> item(Connection c, UUID id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEM_COLUMNS
                + ", dek_wrapped, secret_ct FROM items WHERE item_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ItemRow meta = metaRow(rs);
                return Optional.of(new ItemRow(meta.itemId(), meta.itemClass(), meta.rowVersion(),
                        meta.primaryIndex(), meta.metaCt(), rs.getBytes(6), rs.getBytes(7)));
            }
        }
    }

    private static ItemRow metaRow(ResultSet rs) throws SQLException {
        return new ItemRow(rs.getObject(1, UUID.class), rs.getInt(2), rs.getLong(3), rs.getBytes(4),
                rs.getBytes(5), null, null);
    }

    @Override
    public void close() throws StoreException {
        try {
            connection().close();
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot close keychain");
        }
    }
}
