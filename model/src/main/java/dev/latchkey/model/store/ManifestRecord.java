package dev.latchkey.model.store;

/** The keychain manifest row: a MAC over the set of (item id, row version) pairs. */
public record ManifestRecord(long generation, long itemCount, long settingsVersion,
        byte[] accumulator, byte[] tag) {
}
