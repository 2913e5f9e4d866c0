package dev.latchkey.model.store;

/** The sealed per-keychain settings and their version (bound into the manifest). */
public record SettingsRecord(long version, byte[] sealed) {
}
