package dev.latchkey.model.keychain;

import dev.latchkey.model.store.ItemRow;
import dev.latchkey.model.store.ManifestRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest changes made inside one write transaction, plus cache updates to apply only
 * after the transaction commits.
 */
final class ManifestDelta {
    private final ManifestMac mac;
    private final ManifestRecord start;
    private final byte[] accumulator;
    private long count;
    private long settingsVersion;
    private final List<Runnable> afterCommit = new ArrayList<>();

    ManifestDelta(ManifestMac mac, ManifestRecord start) {
        this.mac = mac;
        this.start = start;
        this.accumulator = start.accumulator().clone();
        this.count = start.itemCount();
        this.settingsVersion = start.settingsVersion();
    }

    long nextGeneration() {
        return start.generation() + 1;
    }

    long startGeneration() {
        return start.generation();
    }

    void added(ItemRow row) {
        ManifestMac.xorInto(accumulator, mac.element(row.itemId(), row.itemClass(), row.rowVersion()));
        count++;
    }

    void removed(ItemRow row) {
        ManifestMac.xorInto(accumulator, mac.element(row.itemId(), row.itemClass(), row.rowVersion()));
        count--;
    }

    long bumpSettingsVersion() {
        return ++settingsVersion;
    }

    void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }

    ManifestRecord result() {
        return mac.record(nextGeneration(), count, settingsVersion, accumulator);
    }
}
