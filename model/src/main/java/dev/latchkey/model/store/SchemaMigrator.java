package dev.latchkey.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned SQL migrations, applied in order and recorded in {@code schema_history}.
 * A keychain whose schema is newer than this build knows is refused, never downgraded.
 */
final class SchemaMigrator {
    /** Every migration this build knows, oldest first. Never edit one that has shipped. */
    private static final List<String> MIGRATIONS = List.of("V1__keychain.sql");

    static final int LATEST = MIGRATIONS.size();

    private SchemaMigrator() {
    }

    /** The schema version recorded in the database, or 0 for an empty database. */
    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'SCHEMA_HISTORY'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_history")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void migrate(Connection c) throws SQLException, StoreException {
        int current = currentVersion(c);
        if (current > LATEST) {
            throw new StoreException(StoreException.Kind.NEWER_SCHEMA,
                    "keychain schema version " + current + " is newer than this version of Latchkey");
        }
        if (current == 0) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE schema_history (version INT PRIMARY KEY, "
                        + "script VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
        }
        for (int v = current + 1; v <= LATEST; v++) {
            String script = MIGRATIONS.get(v - 1);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(script))) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO schema_history VALUES (" + v + ", '" + script
                        + "', CURRENT_TIMESTAMP)");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private static String read(String script) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream("migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
    }

    /** Splits a script into statements: comments dropped, split on a ';' ending a line. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
