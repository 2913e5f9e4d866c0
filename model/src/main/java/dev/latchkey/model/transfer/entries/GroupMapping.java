package dev.latchkey.model.transfer.entries;

/** Where an entry's group or folder goes: the folder attribute, or one tag per group name. */
public enum GroupMapping {
    FOLDER, TAGS
}
