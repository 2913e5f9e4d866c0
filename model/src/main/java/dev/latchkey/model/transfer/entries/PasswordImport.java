package dev.latchkey.model.transfer.entries;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.NewItem;
import dev.latchkey.model.keychain.Progress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An import of passwords and notes into one keychain: first the plan (every entry mapped, each
 * marked when its item would take the place of one the keychain or the file already has), which
 * is the preview and the mapping report; then {@link #apply}, one transaction that adds,
 * replaces or skips according to the chosen {@link DuplicatePolicy}. Owns the mapped secrets.
 */
public final class PasswordImport implements AutoCloseable {
    /** Where an entry's item is already taken. */
    public enum Clash { NONE, IN_KEYCHAIN, IN_FILE }

    /** One row of the preview. */
    public record Planned(String source, String name, ItemClass itemClass, String account, String folder,
            Clash clash, List<String> notes) {
    }

    private final Keychain keychain;
    private final List<MappedEntry> mapped;
    private final Map<String, UUID> stored;
    private final List<Planned> planned = new ArrayList<>();

    private PasswordImport(Keychain keychain, List<MappedEntry> mapped, Map<String, UUID> stored) {
        this.keychain = keychain;
        this.mapped = mapped;
        this.stored = stored;
        Map<String, Boolean> seen = new HashMap<>();
        for (MappedEntry m : mapped) {
            String key = m.primaryKey();
            Clash clash = stored.containsKey(key) ? Clash.IN_KEYCHAIN
                    : seen.putIfAbsent(key, true) != null ? Clash.IN_FILE : Clash.NONE;
            planned.add(new Planned(m.source(), m.name(), m.itemClass(), m.account(),
                    m.attributes().text(Attribute.FOLDER), clash, m.notes()));
        }
    }

    /** Maps every entry (taking their secrets over) and checks them against the keychain. */
    public static PasswordImport plan(Keychain keychain, List<ImportedEntry> entries, ImportOptions options)
            throws LatchkeyException {
        EntryMapper mapper = new EntryMapper(options);
        List<MappedEntry> mapped = new ArrayList<>(entries.size());
        for (ImportedEntry e : entries) {
            mapped.add(mapper.map(e));
        }
        return of(keychain, mapped);
    }

    /** A plan for items already mapped (a backup being restored); takes their secrets over. */
    public static PasswordImport of(Keychain keychain, List<MappedEntry> mapped) throws LatchkeyException {
        Map<String, UUID> stored = new HashMap<>();
        for (Item item : keychain.items()) {
            stored.put(MappedEntry.primaryKey(item.itemClass(), item.attributes()), item.id());
        }
        return new PasswordImport(keychain, mapped, stored);
    }

    public List<Planned> preview() {
        return planned;
    }

    /** How many entries clash with the keychain or an earlier entry. */
    public long duplicates() {
        return planned.stream().filter(p -> p.clash() != Clash.NONE).count();
    }

    /** The mapping report: one line per entry and thing that was not mapped as it was. */
    public List<String> report() {
        List<String> out = new ArrayList<>();
        for (Planned p : planned) {
            for (String note : p.notes()) {
                out.add(p.source() + " \"" + p.name() + "\": " + note);
            }
        }
        return out;
    }

    /**
     * Stores the plan in one transaction; {@code progress} may cancel, leaving the keychain as
     * it was. Can run once.
     */
    public ImportResult apply(DuplicatePolicy policy, Progress progress) throws LatchkeyException {
        List<MappedEntry> toAdd = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        Map<String, UUID> keychainKeys = new HashMap<>(stored);
        List<UUID> replaced = new ArrayList<>();
        int skipped = 0;
        int renamed = 0;
        for (MappedEntry m : mapped) {
            String key = m.primaryKey();
            boolean clash = keychainKeys.containsKey(key) || taken.containsKey(key);
            if (!clash) {
                taken.put(key, toAdd.size());
                toAdd.add(m);
                continue;
            }
            switch (policy) {
                case SKIP -> skipped++;
                case REPLACE -> {
                    UUID old = keychainKeys.remove(key);
                    if (old != null) {
                        replaced.add(old);
                        taken.put(key, toAdd.size());
                        toAdd.add(m);
                    } else {
                        toAdd.set(taken.get(key), m);
                        skipped++;
                    }
                }
                default -> {
                    if (!m.itemClass().isPassword() && m.itemClass() != ItemClass.SECURE_NOTE) {
                        skipped++;
                        continue;
                    }
                    MappedEntry other = renamed(m, keychainKeys, taken);
                    taken.put(other.primaryKey(), toAdd.size());
                    toAdd.add(other);
                    renamed++;
                }
            }
        }
        List<NewItem> items = toAdd.stream().map(MappedEntry::newItem).toList();
        List<UUID> ids = items.isEmpty() && replaced.isEmpty() ? List.of()
                : keychain.addAll(items, replaced, progress);
        return new ImportResult(ids, replaced.size(), skipped, renamed, report());
    }

    /** The entry under the first free name "Name (2)", "Name (3)"…; an Internet password becomes an application password. */
    private static MappedEntry renamed(MappedEntry m, Map<String, UUID> keychainKeys, Map<String, Integer> taken) {
        String base = m.name().isBlank() ? "Imported entry" : m.name();
        for (int n = 2;; n++) {
            String name = base + " (" + n + ")";
            ItemAttributes.Builder b = m.attributes().toBuilder().set(Attribute.LABEL, name);
            ItemClass c = m.itemClass();
            if (c != ItemClass.SECURE_NOTE) {
                c = ItemClass.GENERIC_PASSWORD;
                b.remove(Attribute.SERVER).remove(Attribute.PROTOCOL).remove(Attribute.PORT).remove(Attribute.PATH)
                        .set(Attribute.SERVICE, name);
            }
            ItemAttributes a = b.build();
            String key = MappedEntry.primaryKey(c, a);
            if (!keychainKeys.containsKey(key) && !taken.containsKey(key)) {
                return m.with(c, a, "already in the keychain or the file: kept as \"" + name + "\""
                        + (c != m.itemClass() ? " (an application password with the same web address)" : ""));
            }
        }
    }

    @Override
    public void close() {
        mapped.forEach(MappedEntry::close);
    }
}
