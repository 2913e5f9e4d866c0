package dev.latchkey.app.items;

import dev.latchkey.app.testing.ManualTime;
import dev.latchkey.app.testing.RecordingDialogs;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskExecutor;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.NewItem;
import dev.latchkey.model.settings.LatchkeyHome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Benchmark harness (not a unit test): builds a real keychain of N items (default 100,000)
 * with {@link Keychain#addAll}, then times what the window does with it: unlock, building
 * the table rows, sorting, and the item table's filter for every keystroke of a few searches.
 *
 * <pre>
 * mvn -B -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp app/target/test-classes:app/target/classes:$(cat app/target/cp.txt) \
 *     dev.latchkey.app.items.SearchBenchmark [items [home]]
 * </pre>
 * With a home folder given, the keychain ("login", password {@value #PASSWORD}) is kept there, to
 * open it in the real window: {@code LATCHKEY_HOME=home ./latchkey}.
 */
public final class SearchBenchmark {
    private static final String[] WORDS = {"github", "gitlab", "bank", "mail", "cloud", "shop", "travel", "news",
        "forum", "school", "health", "energy", "photo", "music", "video", "games", "office", "router", "server",
        "backup", "wiki", "chat", "store", "ticket", "garden", "library", "museum", "cinema", "sports", "coffee"};
    private static final String[] WARM_UP = {"gitlab", "bob_3@exa", "shop 9", "cloud note", "qqqq", "news.example"};
    private static final String[] QUERIES = {"github", "alice.42@exa", "bank 7", "router admin", "zzzz", "mail.example"};

    static final String PASSWORD = "benchmark keychain password";

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean keep = args.length > 1;
        Path home = keep ? Path.of(args[1]) : Files.createTempDirectory("latchkey-bench");
        ManualTime time = new ManualTime();
        char[] password = PASSWORD.toCharArray();
        try (KeychainService service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, time)) {
            KeychainRef ref = service.create("login", password);
            long start = System.nanoTime();
            try (Keychain k = service.unlock(ref, password)) {
                k.addAll(items(n));
            }
            System.out.printf(Locale.ROOT, "created %,d items in %.1f s (addAll, one transaction)%n", n,
                    seconds(System.nanoTime() - start));

            start = System.nanoTime();
            Keychain k = service.unlock(ref, password);
            long unlock = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "unlock: %.0f ms (key derivation %d ms, loading %d items %d ms)%n",
                    millis(unlock), k.unlockReport().keyDerivation().toMillis(), k.unlockReport().items(),
                    k.unlockReport().load().toMillis());

            Messages messages = Messages.load(Locale.ENGLISH);
            TaskRunner runner = new TaskRunner(TaskExecutor.INLINE, e -> {
                throw new IllegalStateException(e);
            });
            ItemTableViewModel vm = new ItemTableViewModel(runner,
                    new ErrorPresenter(new RecordingDialogs(), time, "bench"),
                    new ItemTexts(messages, Locale.ENGLISH, ZoneOffset.UTC));
            start = System.nanoTime();
            vm.show(k);
            System.out.printf(Locale.ROOT, "table rows built and sorted: %.0f ms (%,d rows)%n",
                    millis(System.nanoTime() - start), vm.rows().size());

            // Warm the JIT with other searches, so the measured ones are not answered from the recent-results cache.
            for (int warm = 0; warm < 3; warm++) {
                typeAll(vm, WARM_UP, new ArrayList<>(), new ArrayList<>());
                vm.sortBy(List.of(new Column.SortKey(Column.NAME, warm % 2 == 0)));
            }
            List<Double> typing = new ArrayList<>();
            List<Double> deleting = new ArrayList<>();
            typeAll(vm, QUERIES, typing, deleting);
            report("search while typing, per keystroke", typing);
            report("search while deleting, per keystroke", deleting);

            for (Column c : Column.values()) {
                start = System.nanoTime();
                vm.sortBy(List.of(new Column.SortKey(c, false)));
                System.out.printf(Locale.ROOT, "sort by %-8s %.0f ms%n", c, millis(System.nanoTime() - start));
            }
            k.close();
        } finally {
            Arrays.fill(password, '\0');
        }
        if (!keep) {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Types each query a character at a time, then deletes it again, as a user would. */
    private static void typeAll(ItemTableViewModel vm, String[] queries, List<Double> typing, List<Double> deleting) {
        for (String q : queries) {
            for (int i = 1; i <= q.length(); i++) {
                typing.add(keystroke(vm, q.substring(0, i)));
            }
            for (int i = q.length() - 1; i >= 0; i--) {
                deleting.add(keystroke(vm, q.substring(0, i)));
            }
        }
    }

    private static double keystroke(ItemTableViewModel vm, String text) {
        long start = System.nanoTime();
        vm.searchTextProperty().set(text);
        return millis(System.nanoTime() - start);
    }

    private static void report(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        sorted.sort(null);
        System.out.printf(Locale.ROOT, "%s: %d keystrokes, median %.1f ms, p95 %.1f ms, max %.1f ms%n", what,
                sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)),
                sorted.get(sorted.size() - 1));
    }

    private static List<NewItem> items(int n) {
        Random random = new Random(42);
        List<NewItem> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            String account = (i % 3 == 0 ? "alice." : i % 3 == 1 ? "bob_" : "carol") + i % 997 + "@example.org";
            Secret secret = Secret.copyOf(("pw-" + Long.toHexString(random.nextLong())).getBytes(StandardCharsets.UTF_8));
            ItemAttributes.Builder a = ItemAttributes.builder();
            ItemClass c;
            switch (i % 10) {
                case 0, 1, 2, 3, 4, 5 -> {
                    c = ItemClass.INTERNET_PASSWORD;
                    a.set(Attribute.LABEL, capitalised(word) + " " + i).set(Attribute.SERVER, word + i + ".example.com")
                            .set(Attribute.PROTOCOL, "https").set(Attribute.ACCOUNT, account);
                }
                case 6, 7, 8 -> {
                    c = ItemClass.GENERIC_PASSWORD;
                    a.set(Attribute.LABEL, capitalised(word) + " app " + i).set(Attribute.SERVICE, word + "-app-" + i)
                            .set(Attribute.ACCOUNT, account);
                }
                default -> {
                    c = ItemClass.SECURE_NOTE;
                    a.set(Attribute.LABEL, capitalised(word) + " note " + i);
                }
            }
            if (i % 7 == 0) {
                a.set(Attribute.COMMENT, "shared with the " + WORDS[random.nextInt(WORDS.length)] + " team");
            }
            out.add(new NewItem(c, a.build(), secret));
        }
        return out;
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
