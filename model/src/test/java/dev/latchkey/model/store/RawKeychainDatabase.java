package dev.latchkey.model.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A keychain file opened with plain JDBC, the way an attacker with SQL access would: for tests
 * that tamper with rows and columns. Lives in the store package so that only this package
 * touches {@code java.sql}.
 */
public final class RawKeychainDatabase implements AutoCloseable {
    private static final String[] ITEM_COLUMNS = {"item_id", "item_class", "row_version", "changed_generation",
        "idx_primary", "meta_ct", "dek_wrapped", "secret_ct"};

    private final Connection connection;

    private RawKeychainDatabase(Connection connection) {
        this.connection = connection;
    }

    /** Opens an existing keychain file that no process has open. */
    public static RawKeychainDatabase open(Path keychainFile) throws SQLException {
        return new RawKeychainDatabase(connect(keychainFile, ";IFEXISTS=TRUE"));
    }

    /** Joins a keychain that this process has open (H2 shares an open database within one JVM). */
    public static RawKeychainDatabase join(Path keychainFile) throws SQLException {
        return new RawKeychainDatabase(connect(keychainFile, ";IFEXISTS=TRUE"));
    }

    /** Creates an ordinary H2 database (not a keychain) at {@code file} and runs {@code sql} in it. */
    public static void createPlain(Path file, String... sql) throws SQLException {
        try (Connection c = connect(file, ""); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private static Connection connect(Path file, String options) throws SQLException {
        String s = file.toAbsolutePath().toString();
        if (!s.endsWith(".mv.db")) {
            throw new IllegalArgumentException("not an H2 file name: " + file);
        }
        return DriverManager.getConnection("jdbc:h2:file:" + s.substring(0, s.length() - ".mv.db".length())
                + options + ";TRACE_LEVEL_FILE=0", "latchkey", "");
    }

    public int execute(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        }
    }

    public byte[] bytes(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rs.getBytes(1);
        }
    }

    public long number(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rs.getLong(1);
        }
    }

    /** Flips one bit of the byte at {@code index} (negative: from the end) of one binary cell. */
    public void flipByte(String table, String column, String where, int index, Object... whereArgs)
            throws SQLException {
        byte[] value = bytes("SELECT " + column + " FROM " + table + " WHERE " + where, whereArgs);
        int i = index >= 0 ? index : value.length + index;
        value[i] ^= 0x01;
        Object[] args = new Object[whereArgs.length + 1];
        args[0] = value;
        System.arraycopy(whereArgs, 0, args, 1, whereArgs.length);
        if (execute("UPDATE " + table + " SET " + column + " = ? WHERE " + where, args) != 1) {
            throw new IllegalStateException("no row updated in " + table);
        }
    }

    /** Every column of one item row, by column name. */
    public Map<String, Object> itemRow(UUID id) throws SQLException {
        try (PreparedStatement ps = prepare("SELECT " + String.join(", ", ITEM_COLUMNS)
                + " FROM items WHERE item_id = ?", id); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no item " + id);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (String c : ITEM_COLUMNS) {
                row.put(c, rs.getObject(c));
            }
            return row;
        }
    }

    /** Overwrites the item row with the same id with {@code row}'s columns. */
    public void writeItemRow(Map<String, Object> row) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE items SET ");
        Object[] args = new Object[ITEM_COLUMNS.length];
        for (int i = 1; i < ITEM_COLUMNS.length; i++) {
            sql.append(i > 1 ? ", " : "").append(ITEM_COLUMNS[i]).append(" = ?");
            args[i - 1] = row.get(ITEM_COLUMNS[i]);
        }
        sql.append(" WHERE item_id = ?");
        args[ITEM_COLUMNS.length - 1] = row.get("item_id");
        if (execute(sql.toString(), args) != 1) {
            throw new IllegalStateException("no item " + row.get("item_id"));
        }
    }

    public void insertItemRow(Map<String, Object> row) throws SQLException {
        execute("INSERT INTO items (" + String.join(", ", ITEM_COLUMNS) + ") VALUES ("
                + "?, ".repeat(ITEM_COLUMNS.length - 1) + "?)",
                java.util.Arrays.stream(ITEM_COLUMNS).map(row::get).toArray());
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
