package dev.latchkey.bench;

import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.settings.LatchkeyHome;
import dev.latchkey.model.transfer.ImportFormat;
import dev.latchkey.model.transfer.PasswordReaders;
import dev.latchkey.model.transfer.entries.DuplicatePolicy;
import dev.latchkey.model.transfer.entries.ImportOptions;
import dev.latchkey.model.transfer.entries.ImportResult;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.PasswordImport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * One import of a KeePass database in a fresh JVM, as {@code latchkey import-passwords} does it:
 * the database password and the keychain password on standard input, unlock, read, plan, store
 * in one transaction, lock. The parent times the whole process; this prints the split and the
 * peak memory on standard error.
 * <pre>ColdImport HOME KEYCHAIN DATABASE.kdbx</pre>
 */
public final class ColdImport {
    private ColdImport() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        char[] dbPassword = in.readLine().toCharArray();
        char[] keychainPassword = in.readLine().toCharArray();
        KeychainService service = new KeychainService(new LatchkeyHome(Path.of(args[0])), Duration.ZERO,
                Clock.systemUTC());
        long start = System.nanoTime();
        try (Keychain k = service.unlock(service.resolve(args[1]), keychainPassword)) {
            long unlocked = System.nanoTime();
            Path db = Path.of(args[2]);
            PasswordImport plan;
            try (ImportSource source = new ImportSource(db, dbPassword, null)) {
                plan = PasswordImport.plan(k, PasswordReaders.of(ImportFormat.KDBX).read(source, Progress.NONE),
                        ImportOptions.DEFAULT);
            }
            long read = System.nanoTime();
            ImportResult result;
            try (plan) {
                result = plan.apply(DuplicatePolicy.SKIP, Progress.NONE);
            }
            long stored = System.nanoTime();
            System.out.println(result.summary());
            System.err.printf("unlock-ns=%d read-ns=%d store-ns=%d items=%d heap-peak-mib=%d rss-peak-mib=%d"
                    + " skipped=%d%n", unlocked - start, read - unlocked, stored - read, result.added().size(),
                    heapPeak() >> 20, rssPeakKib() >> 10, result.skipped());
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The process's peak resident set (VmHWM), in KiB; 0 where /proc is missing. */
    private static long rssPeakKib() throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }
}
