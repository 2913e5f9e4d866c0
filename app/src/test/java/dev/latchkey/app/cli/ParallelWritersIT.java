package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shells running {@code latchkey add-generic-password} at the same time against one keychain,
 * as a user's scripts do: every command succeeds, and every item is there once.
 */
class ParallelWritersIT {
    private static final int SHELLS = 4;
    private static final int ADDS = 4;

    @TempDir
    Path home;
    @TempDir
    Path files;

    @Test
    void concurrentCommandsWithoutAServiceTakeTurns() throws Exception {
        Path pw = createKeychain();
        assertThat(addInParallel(pw, () -> { })).as("failed commands").isEmpty();
        assertEveryItemOnce(pw);
    }

    @Test
    void concurrentCommandsThroughTheServiceWithALockInTheMiddle() throws Exception {
        Path pw = createKeychain();
        try (DaemonProcess daemon = DaemonProcess.start(home)) {
            assertThat(JarProcess.run(home, "", "unlock", "--password-file", pw.toString()).code()).isZero();
            List<String> failures = addInParallel(pw, () -> {
                // The user locks while the shells write: their commands carry the password and go on.
                assertThat(JarProcess.run(home, "", "lock").code()).isZero();
            });
            assertThat(failures).as("failed commands").isEmpty();
            assertEveryItemOnce(pw);
        }
    }

    private Path createKeychain() throws Exception {
        Path pw = files.resolve("pw");
        Files.writeString(pw, "my keychain password\n");
        assertThat(JarProcess.run(home, "", "create-keychain", "login", "--password-file", pw.toString()).code())
                .isZero();
        return pw;
    }

    /** Every shell adds its items; {@code meanwhile} runs once the shells are under way. Failed commands. */
    private List<String> addInParallel(Path pw, ThrowingRunnable meanwhile) throws Exception {
        List<String> failures = new ArrayList<>();
        ExecutorService shells = Executors.newFixedThreadPool(SHELLS);
        try {
            List<Future<List<String>>> done = new ArrayList<>();
            for (int s = 0; s < SHELLS; s++) {
                int shell = s;
                done.add(shells.submit(() -> {
                    List<String> failed = new ArrayList<>();
                    for (int n = 0; n < ADDS; n++) {
                        JarProcess.Result r = JarProcess.run(home, "", "add-generic-password", "-s", "shell" + shell,
                                "-a", "n" + n, "-w", "secret " + shell + "/" + n, "--password-file", pw.toString());
                        if (r.code() != 0) {
                            failed.add("shell " + shell + " add " + n + ": exit " + r.code() + " " + r.err().strip());
                        }
                    }
                    return failed;
                }));
            }
            Thread.sleep(1500);
            meanwhile.run();
            for (Future<List<String>> f : done) {
                failures.addAll(f.get());
            }
        } finally {
            shells.shutdownNow();
        }
        return failures;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private void assertEveryItemOnce(Path pw) throws Exception {
        JarProcess.Result dump = JarProcess.run(home, "", "dump-keychain", "--password-file", pw.toString());
        assertThat(dump.code()).isZero();
        List<String> accounts = new ArrayList<>();
        Matcher m = Pattern.compile("acct=\"(n\\d)\"\\s+svce=\"(shell\\d)\"").matcher(dump.out());
        while (m.find()) {
            accounts.add(m.group(2) + "/" + m.group(1));
        }
        assertThat(accounts).as("every item once").hasSize(SHELLS * ADDS).doesNotHaveDuplicates();
    }
}
