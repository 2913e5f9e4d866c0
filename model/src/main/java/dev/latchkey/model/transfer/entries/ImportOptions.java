package dev.latchkey.model.transfer.entries;

/**
 * How entries become items: where groups go, and whether earlier passwords (KeePass history)
 * are kept as hidden fields.
 */
public record ImportOptions(GroupMapping groups, boolean history) {
    public static final ImportOptions DEFAULT = new ImportOptions(GroupMapping.FOLDER, false);
}
