package dev.latchkey.model.transfer.entries;

import java.util.List;
import java.util.UUID;

/** What an import stored: the new items, how many replaced, skipped or renamed duplicates, the mapping report. */
public record ImportResult(List<UUID> added, int replaced, int skipped, int renamed, List<String> report) {
    public ImportResult {
        added = List.copyOf(added);
        report = List.copyOf(report);
    }

    /** "Imported 12 items (1 replaced, 2 kept under a new name); skipped 3 duplicates." */
    public String summary() {
        StringBuilder out = new StringBuilder("Imported ").append(added.size())
                .append(added.size() == 1 ? " item" : " items");
        if (replaced > 0 || renamed > 0) {
            out.append(" (");
            if (replaced > 0) {
                out.append(replaced).append(" replaced");
            }
            if (renamed > 0) {
                out.append(replaced > 0 ? ", " : "").append(renamed).append(" kept under a new name");
            }
            out.append(')');
        }
        if (skipped > 0) {
            out.append("; skipped ").append(skipped).append(skipped == 1 ? " duplicate" : " duplicates");
        }
        return out.append('.').toString();
    }
}
