package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.instance.Delivery;
import dev.latchkey.app.instance.InstanceClient;
import dev.latchkey.app.instance.SocketPath;
import dev.latchkey.app.instance.WindowRequest;
import dev.latchkey.model.settings.LatchkeyHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code latchkey daemon} as a user runs it: commands go through it, {@code unlock} keeps a
 * keychain unlocked there, it stops on SIGTERM and when a window takes over, and a SIGKILL in
 * the middle of writes loses nothing that was acknowledged.
 */
class DaemonProcessIT {
    @TempDir
    Path home;
    @TempDir
    Path files;

    private String pw;

    @BeforeEach
    void createKeychain() throws Exception {
        Path file = files.resolve("pw");
        Files.writeString(file, "my keychain password\n");
        pw = file.toString();
        assertThat(JarProcess.run(home, "", "create-keychain", "login", "--password-file", pw).code()).isZero();
    }

    @Test
    void commandsGoThroughTheDaemonAndAnUnlockedKeychainNeedsNoPassword() throws Exception {
        JarProcess.Result noService = JarProcess.run(home, "", "unlock", "--password-file", pw);
        assertThat(noService.code()).isEqualTo(1);
        assertThat(noService.err()).startsWith("latchkey: SERVICE_NOT_AVAILABLE: no Latchkey service runs");
        try (DaemonProcess daemon = DaemonProcess.start(home)) {
            JarProcess.Result second = JarProcess.run(home, "", "daemon");
            assertThat(second.code()).isZero();
            assertThat(second.out()).startsWith("Latchkey already serves");

            assertThat(JarProcess.run(home, "s3cret\n", "add-generic-password", "-s", "mail", "-a", "alice", "-w", "-",
                    "--password-file", pw).code()).isZero();
            JarProcess.Result locked = JarProcess.run(home, "", "find-generic-password", "-s", "mail", "-w");
            assertThat(locked.code()).as(locked.err()).isEqualTo(2);
            assertThat(locked.err()).contains("--password-file");

            assertThat(JarProcess.run(home, "", "unlock", "--password-file", pw).code()).isZero();
            JarProcess.Result found = JarProcess.run(home, "", "find-generic-password", "-s", "mail", "-w");
            assertThat(found).isEqualTo(new JarProcess.Result(0, "s3cret\n", ""));
            assertThat(JarProcess.run(home, "", "lock").code()).isZero();
            assertThat(JarProcess.run(home, "", "find-generic-password", "-s", "mail", "-w").code()).isEqualTo(2);

            daemon.process().destroy(); // SIGTERM
            assertThat(daemon.waitFor(30)).isEqualTo(143);
        }
        assertThat(home.resolve("latchkey.socket")).doesNotExist();
        // No service now: the command runs in its own process and opens the file itself.
        assertThat(JarProcess.run(home, "", "find-generic-password", "-s", "mail", "-w", "--password-file", pw).out())
                .isEqualTo("s3cret\n");
    }

    @Test
    void aWindowStartingTakesOverFromTheDaemon() throws Exception {
        try (DaemonProcess daemon = DaemonProcess.start(home)) {
            InstanceClient client = new InstanceClient(SocketPath.in(new LatchkeyHome(home)));
            assertThat(client.send(WindowRequest.SHOW).outcome()).isEqualTo(Delivery.Outcome.NO_WINDOW);
            assertThat(client.send(WindowRequest.QUICK_FILL).outcome()).isEqualTo(Delivery.Outcome.NO_WINDOW);
            assertThat(client.send(WindowRequest.HANDOVER).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
            assertThat(daemon.waitFor(30)).isZero();
        }
        assertThat(home.resolve("latchkey.socket")).doesNotExist();
    }

    @Test
    void aKilledDaemonLosesNoAcknowledgedWrite() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try (DaemonProcess daemon = DaemonProcess.start(home)) {
            assertThat(JarProcess.run(home, "", "unlock", "--password-file", pw).code()).isZero();
            List<Future<List<String>>> done = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    List<String> ok = new ArrayList<>();
                    for (int n = 0; n < 40; n++) {
                        JarProcess.Result r = JarProcess.run(home, "", "add-generic-password", "-s", "w" + writer,
                                "-a", "n" + n, "-w", "secret " + writer + "/" + n);
                        if (r.code() == 0) {
                            ok.add("w" + writer + "/n" + n);
                        }
                    }
                    return ok;
                }));
            }
            while (acknowledgedSoFar(done) && countItems() < 10) {
                Thread.sleep(100);
            }
            daemon.process().destroyForcibly(); // SIGKILL, in the middle of the writes
            for (Future<List<String>> f : done) {
                acknowledged.addAll(f.get());
            }
        } finally {
            writers.shutdownNow();
        }
        assertThat(acknowledged).as("some writes were acknowledged before the kill").isNotEmpty();
        JarProcess.Result dump = JarProcess.run(home, "", "dump-keychain", "-d", "--password-file", pw);
        assertThat(dump.code()).as(dump.err()).isZero();
        for (String a : acknowledged) {
            String[] parts = a.split("/");
            assertThat(dump.out()).as("acknowledged " + a).contains("acct=\"" + parts[1] + "\"\n    svce=\"" + parts[0]
                    + "\"");
        }
    }

    private static boolean acknowledgedSoFar(List<Future<List<String>>> writers) {
        return writers.stream().noneMatch(Future::isDone);
    }

    private int countItems() throws Exception {
        JarProcess.Result r = JarProcess.run(home, "", "dump-keychain");
        return r.code() == 0 ? r.out().split("class: \"genp\"", -1).length - 1 : 0;
    }
}
