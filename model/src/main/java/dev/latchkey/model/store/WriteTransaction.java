package dev.latchkey.model.store;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The operations allowed inside {@link KeychainStore#write}: item rows, settings and the
 * manifest, all in the caller's one transaction.
 */
public final class WriteTransaction {
    /** H2's order of UUID keys: both halves compared as unsigned numbers. */
    private static final Comparator<ItemRow> IN_KEY_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.itemId().getMostSignificantBits(), b.itemId().getMostSignificantBits());
        return high != 0 ? high
                : Long.compareUnsigned(a.itemId().getLeastSignificantBits(), b.itemId().getLeastSignificantBits());
    };

    private final Connection connection;
    private final ManifestRecord manifest;

    WriteTransaction(Connection connection, ManifestRecord manifest) {
        this.connection = connection;
        this.manifest = manifest;
    }

    /** The manifest as locked at the start of this transaction. */
    public ManifestRecord manifest() {
        return manifest;
    }

    public Optional<ItemRow> itemForUpdate(UUID id) throws StoreException {
        try {
            return KeychainStore.item(connection, id, true);
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot read item");
        }
    }

    /**
     * Inserts many rows with one prepared statement (the batched add), in primary-key order:
     * random ids in arrival order would touch a different leaf of the items tree on every row,
     * and H2 writes each touched page again at every intermediate store of a large transaction.
     */
    public void insertAll(List<ItemRow> rows, long generation) throws StoreException {
        List<ItemRow> ordered = new ArrayList<>(rows);
        ordered.sort(IN_KEY_ORDER);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO items (item_id, item_class, "
                + "row_version, changed_generation, idx_primary, meta_ct, dek_wrapped, secret_ct) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (ItemRow row : ordered) {
                ps.setObject(1, row.itemId());
                ps.setInt(2, row.itemClass());
                ps.setLong(3, row.rowVersion());
                ps.setLong(4, generation);
                ps.setBytes(5, row.primaryIndex());
                ps.setBytes(6, row.metaCt());
                ps.setBytes(7, row.dekWrapped());
                ps.setBytes(8, row.secretCt());
                ps.addBatch();
                if (++pending == 1000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot add items");
        }
    }

    public void update(ItemRow row, long expectedVersion, long generation) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE items SET row_version = ?, "
                + "changed_generation = ?, idx_primary = ?, meta_ct = ?, dek_wrapped = ?, secret_ct = ? "
                + "WHERE item_id = ? AND row_version = ?")) {
            ps.setLong(1, row.rowVersion());
            ps.setLong(2, generation);
            ps.setBytes(3, row.primaryIndex());
            ps.setBytes(4, row.metaCt());
            ps.setBytes(5, row.dekWrapped());
            ps.setBytes(6, row.secretCt());
            ps.setObject(7, row.itemId());
            ps.setLong(8, expectedVersion);
            if (ps.executeUpdate() != 1) {
                throw new StoreException(StoreException.Kind.NOT_FOUND, "item changed or vanished");
            }
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot update item");
        }
    }

    public void delete(UUID id) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM items WHERE item_id = ?")) {
            ps.setObject(1, id);
            if (ps.executeUpdate() != 1) {
                throw new StoreException(StoreException.Kind.NOT_FOUND, "item not found");
            }
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot delete item");
        }
    }

    public SettingsRecord readSettings() throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT version, sealed FROM keychain_settings WHERE id = 1");
             var rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException(StoreException.Kind.CORRUPT, "keychain settings are missing");
            }
            return new SettingsRecord(rs.getLong(1), rs.getBytes(2));
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot read keychain settings");
        }
    }

    public void writeSettings(SettingsRecord settings) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE keychain_settings SET version = ?, sealed = ? WHERE id = 1")) {
            ps.setLong(1, settings.version());
            ps.setBytes(2, settings.sealed());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot write keychain settings");
        }
    }

    public void writeManifest(ManifestRecord m) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE manifest SET generation = ?, "
                + "item_count = ?, settings_version = ?, accumulator = ?, tag = ? WHERE id = 1")) {
            KeychainStore.bindManifest(ps, m);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot write keychain manifest");
        }
    }

    void replaceHeader(byte[] expectedHeader, HeaderRecord replacement) throws StoreException {
        try (PreparedStatement read = connection.prepareStatement(
                "SELECT header FROM keychain_header WHERE id = 1 FOR UPDATE");
             var rs = read.executeQuery()) {
            if (!rs.next() || !MessageDigest.isEqual(rs.getBytes(1), expectedHeader)) {
                throw new StoreException(StoreException.Kind.BUSY, "the keychain password was changed meanwhile");
            }
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot read keychain header");
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE keychain_header SET header = ?, master_key = ? WHERE id = 1")) {
            ps.setBytes(1, replacement.header());
            ps.setBytes(2, replacement.wrappedMasterKey());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.classify(e, "cannot write keychain header");
        }
    }
}
