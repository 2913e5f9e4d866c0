package dev.latchkey.model.store;

/** The blind-index columns that exact lookups can use. */
public enum IndexColumn {
    LABEL("idx_label"), SERVICE("idx_service"), ACCOUNT("idx_account"), SERVER("idx_server");

    private final String column;

    IndexColumn(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
