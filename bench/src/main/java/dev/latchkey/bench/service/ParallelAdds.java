package dev.latchkey.bench.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writers, each a shell running {@code latchkey add-generic-password} one add after another,
 * all at once on one keychain; then the keychain is read back and every acknowledged add
 * looked for. Commands carry the password file, so a keychain locked meanwhile unlocks again.
 */
final class ParallelAdds {
    private static final Pattern ITEM = Pattern.compile("acct=\"(n\\d+)\"\\s+svce=\"(w\\d+)\"");

    /** What became of the adds. */
    record Outcome(int acknowledged, int failed, int lost, int duplicated, long wallNanos, boolean opens) {
    }

    @FunctionalInterface
    interface Meanwhile {
        void run() throws Exception;
    }

    private final LatchkeyProcesses latchkey;
    private final Path home;
    private final Path password;
    private final int writers;
    private final int adds;

    ParallelAdds(LatchkeyProcesses latchkey, Path home, Path password, int writers, int adds) {
        this.latchkey = latchkey;
        this.home = home;
        this.password = password;
        this.writers = writers;
        this.adds = adds;
    }

    /** All writers at once; {@code meanwhile} (may be null) runs when half the adds are done. */
    Outcome run(Meanwhile meanwhile) throws Exception {
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        List<String> acknowledged = new ArrayList<>();
        int failed = write(done, acknowledged, () -> {
            if (meanwhile != null) {
                while (done.get() < writers * adds / 2) {
                    Thread.sleep(50);
                }
                meanwhile.run();
            }
        });
        long wall = System.nanoTime() - start;
        return check(acknowledged, failed, wall);
    }

    /** The same, killing the service (SIGKILL) once {@code afterAcks} adds were acknowledged. */
    Outcome killing(LatchkeyProcesses.Daemon daemon, int afterAcks) throws Exception {
        AtomicInteger done = new AtomicInteger();
        List<String> acknowledged = new ArrayList<>();
        long start = System.nanoTime();
        write(done, acknowledged, () -> {
            while (done.get() < afterAcks) {
                Thread.sleep(20);
            }
            daemon.kill();
        });
        Outcome o = check(acknowledged, 0, System.nanoTime() - start);
        return new Outcome(o.acknowledged(), 0, o.lost(), o.duplicated(), o.wallNanos(), o.opens());
    }

    private int write(AtomicInteger done, List<String> acknowledged, Meanwhile meanwhile) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            List<Future<List<String>>> shells = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                shells.add(pool.submit(() -> {
                    List<String> ok = new ArrayList<>();
                    for (int n = 0; n < adds; n++) {
                        LatchkeyProcesses.Result r = latchkey.run(home, "", "add-generic-password", "-s", "w" + writer,
                                "-a", "n" + n, "-w", "secret " + writer + "/" + n, "--password-file",
                                password.toString());
                        if (r.code() == 0) {
                            ok.add("w" + writer + "/n" + n);
                        }
                        done.incrementAndGet();
                    }
                    return ok;
                }));
            }
            Future<?> side = pool.submit(() -> {
                meanwhile.run();
                return null;
            });
            int failed = 0;
            for (Future<List<String>> f : shells) {
                List<String> ok = f.get();
                acknowledged.addAll(ok);
                failed += adds - ok.size();
            }
            side.get();
            return failed;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome check(List<String> acknowledged, int failed, long wall) throws Exception {
        LatchkeyProcesses.Result dump = latchkey.run(home, "", "dump-keychain", "--password-file", password.toString());
        if (dump.code() != 0) {
            return new Outcome(acknowledged.size(), failed, acknowledged.size(), 0, wall, false);
        }
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = ITEM.matcher(dump.out());
        while (m.find()) {
            seen.merge(m.group(2) + "/" + m.group(1), 1, Integer::sum);
        }
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(seen.keySet());
        int duplicated = (int) seen.values().stream().filter(c -> c > 1).count();
        return new Outcome(acknowledged.size(), failed, missing.size(), duplicated, wall, true);
    }
}
