package dev.latchkey.model.store;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * The operations allowed inside {@link KeychainStore#write}: item rows, settings and the
 * manifest, all in the caller's one transaction.
 */
public final class WriteTransaction {
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

    /** Inserts many rows with one prepared statement (the batched add). */
    public void insertAll(java.util.List<ItemRow> rows, long generation) throws StoreException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO items (item_id, item_class, "
                + "row_version, changed_generation, idx_primary, idx_label, idx_service, idx_account, "
                + "idx_server, meta_ct, dek_wrapped, secret_ct) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (ItemRow row : rows) {
                ps.setObject(1, row.itemId());
                ps.setInt(2, row.itemClass());
                ps.setLong(3, row.rowVersion());
                ps.setLong(4, generation);
                bindIndexes(ps, 5, row.indexes());
                ps.setBytes(10, row.metaCt());
                ps.setBytes(11, row.dekWrapped());
                ps.setBytes(12, row.secretCt());
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
                + "changed_generation = ?, idx_primary = ?, idx_label = ?, idx_service = ?, idx_account = ?, "
                + "idx_server = ?, meta_ct = ?, dek_wrapped = ?, secret_ct = ? "
                + "WHERE item_id = ? AND row_version = ?")) {
            ps.setLong(1, row.rowVersion());
            ps.setLong(2, generation);
            bindIndexes(ps, 3, row.indexes());
            ps.setBytes(8, row.metaCt());
            ps.setBytes(9, row.dekWrapped());
            ps.setBytes(10, row.secretCt());
            ps.setObject(11, row.itemId());
            ps.setLong(12, expectedVersion);
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

    private static void bindIndexes(PreparedStatement ps, int first, BlindIndexes idx) throws SQLException {
        ps.setBytes(first, idx.primary());
        ps.setBytes(first + 1, idx.label());
        ps.setBytes(first + 2, idx.service());
        ps.setBytes(first + 3, idx.account());
        ps.setBytes(first + 4, idx.server());
    }
}
