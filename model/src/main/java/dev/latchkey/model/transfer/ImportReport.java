package dev.latchkey.model.transfer;

import dev.latchkey.crypto.material.SourceFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an import did: the file's format, what was stored (with the new items' ids), what was
 * already in the keychain, and what the file held that Latchkey does not store.
 */
public record ImportReport(SourceFormat format, List<Entry> imported, List<Entry> duplicates, List<String> skipped) {
    public enum Kind {
        IDENTITY("identity", "identities"), CERTIFICATE("certificate", "certificates"),
        PRIVATE_KEY("private key", "private keys");

        private final String one;
        private final String many;

        Kind(String one, String many) {
            this.one = one;
            this.many = many;
        }

        String count(long n) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    /** One identity, certificate or key, by the label it has (or would have) in the keychain. */
    public record Entry(Kind kind, String label, List<UUID> itemIds) {
        public Entry {
            itemIds = List.copyOf(itemIds);
        }
    }

    public ImportReport {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        skipped = List.copyOf(skipped);
    }

    /** True when nothing was stored because the keychain already had all of it. */
    public boolean nothingNew() {
        return imported.isEmpty();
    }

    /** "Imported 1 identity and 2 certificates from PKCS#12; 1 certificate was already in the keychain." */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(imported.isEmpty() ? "Imported nothing" : "Imported " + counts(imported))
                .append(" from ").append(format.displayName());
        if (!duplicates.isEmpty()) {
            out.append("; ").append(counts(duplicates)).append(duplicates.size() == 1 ? " was" : " were")
                    .append(" already in the keychain");
        }
        if (!skipped.isEmpty()) {
            out.append("; skipped ").append(String.join(", ", skipped));
        }
        return out.append('.').toString();
    }

    private static String counts(List<Entry> entries) {
        List<String> parts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            long n = entries.stream().filter(e -> e.kind() == kind).count();
            if (n > 0) {
                parts.add(kind.count(n));
            }
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
