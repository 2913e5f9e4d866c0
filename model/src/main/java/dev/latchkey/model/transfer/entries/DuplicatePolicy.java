package dev.latchkey.model.transfer.entries;

/**
 * What an import does with an entry whose item would take the place of one already in the
 * keychain (or of an earlier entry of the same file): the primary key decides (decision 0012).
 */
public enum DuplicatePolicy {
    /** Leave the keychain's item; do not import the entry. */
    SKIP,
    /** Import the entry under a name of its own ("Name (2)"). */
    KEEP_BOTH,
    /** Delete the keychain's item and import the entry, in the same transaction. */
    REPLACE
}
