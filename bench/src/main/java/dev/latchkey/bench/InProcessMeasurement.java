package dev.latchkey.bench;

import dev.latchkey.crypto.kdf.KdfParameters;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemQuery;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.NewItem;
import dev.latchkey.model.keychain.UnlockReport;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets of issue 2, measured inside one JVM through the model API, the way the GUI
 * uses a keychain: add every item with {@link Keychain#addAll}, lock and unlock several
 * times, then exact finds and free-text searches on the unlocked keychain.
 */
final class InProcessMeasurement {
    /** Exact finds measured per lookup item after as many warm-up finds. */
    private static final int FIND_ROUNDS = 3;
    private static final int SEARCH_WARMUP = 10;
    private static final int SEARCH_ROUNDS = 25;

    record Result(KdfParameters kdf, long addNanos, Timings unlockTotal, Timings keyDerivation, Timings unlockLoad,
            Timings unlockWithoutKdf, Timings find, Timings search, Map<String, Timings> searchByTerm) {
    }

    private final KeychainService service;
    private final char[] password;
    private final PrintStream log;

    InProcessMeasurement(KeychainService service, char[] password, PrintStream log) {
        this.service = service;
        this.password = password;
        this.log = log;
    }

    Result run(KeychainRef ref, Workload workload, BenchOptions options) throws LatchkeyException {
        int n = workload.items().size();
        service.create(ref.name(), password);
        long addNanos;
        KdfParameters kdf;
        try (Keychain k = service.unlock(ref, password)) {
            kdf = k.header().kdf();
            long cpu = CpuClock.processCpuNanos();
            addNanos = add(k, workload, options.batch());
            cpu = CpuClock.processCpuNanos() - cpu;
            check(k.size() == n, "keychain holds " + k.size() + " items after adding " + n);
            log.printf("  added %,d items in %s (process CPU %s; %s)%n", n, Durations.format(addNanos),
                    Durations.format(cpu), CpuClock.load());
        }

        Timings total = new Timings();
        Timings derivation = new Timings();
        Timings load = new Timings();
        Timings withoutKdf = new Timings();
        Keychain open = null;
        for (int r = 0; r < options.unlocks(); r++) {
            if (open != null) {
                open.close();
            }
            long cpu = CpuClock.processCpuNanos();
            long start = System.nanoTime();
            open = service.unlock(ref, password);
            long wall = System.nanoTime() - start;
            cpu = CpuClock.processCpuNanos() - cpu;
            UnlockReport report = open.unlockReport();
            check(report.items() == n && report.damagedItems() == 0, "unlock found " + report.items()
                    + " items, " + report.damagedItems() + " damaged; expected " + n);
            long kdfNanos = report.keyDerivation().toNanos();
            total.add(wall);
            derivation.add(kdfNanos);
            load.add(report.load().toNanos());
            withoutKdf.add(wall - kdfNanos);
            log.printf("  unlock %d: %s, of which Argon2id %s and item load %s (process CPU %s; %s)%n", r + 1,
                    Durations.format(wall), Durations.format(kdfNanos), Durations.format(report.load().toNanos()),
                    Durations.format(cpu), CpuClock.load());
        }
        try (Keychain k = open) {
            Timings find = find(k, workload.lookups());
            Map<String, Timings> byTerm = new LinkedHashMap<>();
            Timings search = search(k, workload, byTerm);
            return new Result(kdf, addNanos, total, derivation, load, withoutKdf, find, search, byTerm);
        }
    }

    private static long add(Keychain k, Workload workload, int batch) throws LatchkeyException {
        List<NewItem> all = workload.items().stream().map(SampleItem::toNewItem).toList();
        int step = batch <= 0 ? all.size() : batch;
        try {
            long start = System.nanoTime();
            for (int from = 0; from < all.size(); from += step) {
                k.addAll(all.subList(from, Math.min(all.size(), from + step)));
            }
            return System.nanoTime() - start;
        } finally {
            all.forEach(i -> i.secret().close());
        }
    }

    private Timings find(Keychain k, List<SampleItem> lookups) throws LatchkeyException {
        Timings t = new Timings();
        for (int round = 0; round < 2 * FIND_ROUNDS; round++) {
            boolean measured = round >= FIND_ROUNDS;
            for (SampleItem s : lookups) {
                ItemQuery q = ItemQuery.of(ItemClass.GENERIC_PASSWORD).where(Attribute.SERVICE, s.service())
                        .where(Attribute.ACCOUNT, s.account());
                long start = System.nanoTime();
                List<Item> found = k.find(q);
                long elapsed = System.nanoTime() - start;
                check(found.size() == 1 && found.get(0).attributes().text(Attribute.LABEL).equals(s.label()),
                        "find(" + s.label() + ") returned " + found.size() + " items");
                if (measured) {
                    t.add(elapsed);
                }
            }
        }
        log.println("  exact find by service+account: " + t.summary());
        try (Secret ignored = k.readSecret(k.find(ItemQuery.of(ItemClass.GENERIC_PASSWORD)
                .where(Attribute.SERVICE, lookups.get(0).service())
                .where(Attribute.ACCOUNT, lookups.get(0).account())).get(0).id())) {
            check(ignored.length() > 0, "the looked-up item has no password");
        }
        return t;
    }

    private Timings search(Keychain k, Workload workload, Map<String, Timings> byTerm) throws LatchkeyException {
        Timings all = new Timings();
        for (String term : workload.expectedHits().keySet()) {
            byTerm.put(term, new Timings());
        }
        for (int round = 0; round < SEARCH_WARMUP + SEARCH_ROUNDS; round++) {
            for (Map.Entry<String, Integer> e : workload.expectedHits().entrySet()) {
                long start = System.nanoTime();
                List<Item> hits = k.search(e.getKey());
                long elapsed = System.nanoTime() - start;
                check(hits.size() == e.getValue(), "search \"" + e.getKey() + "\" found " + hits.size()
                        + " items, expected " + e.getValue());
                if (round >= SEARCH_WARMUP) {
                    all.add(elapsed);
                    byTerm.get(e.getKey()).add(elapsed);
                }
            }
        }
        byTerm.forEach((term, t) -> log.printf("  search %-16s %6d hits  %s%n", "\"" + term + "\"",
                workload.expectedHits().get(term), t.summary()));
        log.println("  free-text search, all terms: " + all.summary());
        return all;
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("benchmark result is wrong: " + message);
        }
    }
}
