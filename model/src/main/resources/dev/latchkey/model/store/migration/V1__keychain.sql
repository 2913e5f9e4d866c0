-- Latchkey keychain schema, version 1. Everything a user typed lives only inside the
-- *_ct / *_wrapped columns, sealed with AES-256-GCM; idx_primary is a keyed blind index over
-- the item's primary-key attributes (docs/decisions/0005-lookups.md).
CREATE TABLE keychain_header (
    id          TINYINT PRIMARY KEY CHECK (id = 1),
    header      VARBINARY(1024) NOT NULL,
    master_key  VARBINARY(256) NOT NULL
);

CREATE TABLE manifest (
    id               TINYINT PRIMARY KEY CHECK (id = 1),
    generation       BIGINT NOT NULL,
    item_count       BIGINT NOT NULL,
    settings_version BIGINT NOT NULL,
    accumulator      BINARY(32) NOT NULL,
    tag              BINARY(32) NOT NULL
);

CREATE TABLE keychain_settings (
    id          TINYINT PRIMARY KEY CHECK (id = 1),
    version     BIGINT NOT NULL,
    sealed      VARBINARY(65536) NOT NULL
);

CREATE TABLE items (
    item_id            UUID PRIMARY KEY,
    item_class         SMALLINT NOT NULL,
    row_version        BIGINT NOT NULL,
    changed_generation BIGINT NOT NULL,
    idx_primary        BINARY(16) NOT NULL,
    meta_ct            VARBINARY(16777216) NOT NULL,
    dek_wrapped        VARBINARY(256) NOT NULL,
    secret_ct          VARBINARY(67108864) NOT NULL
);

CREATE UNIQUE INDEX items_primary ON items (item_class, idx_primary);
