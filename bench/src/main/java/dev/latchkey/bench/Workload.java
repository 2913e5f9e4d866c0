package dev.latchkey.bench;

import dev.latchkey.model.item.ItemClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the benchmark asks of both tools: the generated items, the application passwords to
 * look up exactly (each with a label no other item has, so {@code keepassxc-cli show /LABEL}
 * names the same entry) and the free-text search terms with the hit counts Latchkey must give.
 */
record Workload(List<SampleItem> items, List<SampleItem> lookups, Map<String, Integer> expectedHits) {
    /**
     * A rare brand, a common surname, two words of a comment, part of a host name, a
     * non-ASCII name and a term that matches nothing.
     */
    static final List<String> SEARCH_TERMS =
            List.of("github", "kowalski", "recovery codes", "login.acme", "müller", "qqxyzzy");

    private static final int LOOKUPS = 1_000;

    static Workload of(List<SampleItem> items, long seed) {
        Map<String, Integer> labelCounts = new HashMap<>();
        for (SampleItem i : items) {
            labelCounts.merge(i.label(), 1, Integer::sum);
        }
        List<SampleItem> candidates = new ArrayList<>();
        for (SampleItem i : items) {
            if (i.itemClass() == ItemClass.GENERIC_PASSWORD && labelCounts.get(i.label()) == 1
                    && !i.label().contains("/")) {
                candidates.add(i);
            }
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED);
        List<SampleItem> lookups = new ArrayList<>(LOOKUPS);
        for (int n = 0; n < LOOKUPS && !candidates.isEmpty(); n++) {
            lookups.add(candidates.remove(random.nextInt(candidates.size())));
        }
        if (lookups.isEmpty()) {
            throw new IllegalStateException("no application password with a unique label to look up");
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        List<String> haystacks = items.stream().map(SampleItem::searchableText).toList();
        for (String term : SEARCH_TERMS) {
            String[] words = term.toLowerCase(Locale.ROOT).split("\\s+");
            int hits = 0;
            for (String h : haystacks) {
                boolean all = true;
                for (String w : words) {
                    all &= h.contains(w);
                }
                hits += all ? 1 : 0;
            }
            expected.put(term, hits);
        }
        return new Workload(items, lookups, expected);
    }
}
