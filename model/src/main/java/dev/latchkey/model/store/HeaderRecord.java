package dev.latchkey.model.store;

/** The keychain header bytes and the master key sealed under the unlock key (header as AAD). */
public record HeaderRecord(byte[] header, byte[] wrappedMasterKey) {
}
