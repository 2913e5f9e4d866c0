package dev.latchkey.model.store;

/** The blind-index columns of one item row; any but {@code primary} may be null. */
public record BlindIndexes(byte[] primary, byte[] label, byte[] service, byte[] account, byte[] server) {
}
