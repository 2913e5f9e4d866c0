package dev.latchkey.app.instance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.model.settings.LatchkeyHome;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command starts the window, and the wait for it to listen, with real processes. */
class WindowStarterTest {
    @TempDir
    Path home;
    @TempDir
    Path bin;

    private SocketPath socket() {
        return SocketPath.in(new LatchkeyHome(home));
    }

    private static void assumeUnixTools() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/true")) && Files.isExecutable(Path.of("/bin/false")),
                "needs /bin/true and /bin/false");
    }

    @Test
    void besideAJpackageLauncherTheWindowsLauncherIsUsed() throws Exception {
        Path cli = Files.createFile(bin.resolve("latchkey"));
        Path window = Files.createFile(bin.resolve("Latchkey"));
        Assumptions.assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Files.setPosixFilePermissions(window, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(WindowStarter.command(Optional.of(cli.toString()), "/jdk", "app.jar", "Linux"))
                .containsExactly(window.toString());
    }

    @Test
    void withoutAWindowLauncherBesideItTheLauncherItselfIsUsed() {
        Path launcher = bin.resolve("Latchkey");

        assertThat(WindowStarter.command(Optional.of(launcher.toString()), "/jdk", "app.jar", "Linux"))
                .containsExactly(launcher.toString());
    }

    @Test
    void withoutJpackageThisJavaRunsMainWithoutArguments() throws Exception {
        assertThat(WindowStarter.command(Optional.empty(), "/jdk", "a.jar:b.jar", "Linux"))
                .containsExactly(Path.of("/jdk", "bin", "java").toString(), "-cp", "a.jar:b.jar", "dev.latchkey.app.Main");
        assertThat(WindowStarter.command(Optional.empty(), "/jdk", "a.jar", "Windows 11").get(0))
                .as("no console window on Windows").endsWith("javaw.exe");

        Method main = Class.forName(WindowStarter.MAIN_CLASS).getMethod("main", String[].class);
        assertThat(Modifier.isStatic(main.getModifiers())).isTrue();
    }

    @Test
    void deliversOnceTheStartedWindowListens() throws Exception {
        assumeUnixTools();
        // /bin/true stands in for the launcher; the window appears a moment later, as a real one would.
        CompletableFuture<InstanceServer> window = CompletableFuture.supplyAsync(() -> {
            sleep(300);
            return ((Claim.Serving) InstanceServer.claim(socket())).server();
        });
        try {
            Delivery d = new WindowStarter(List.of("/bin/true"))
                    .startAndSend(new InstanceClient(socket()), WindowRequest.QUICK_FILL, Duration.ofSeconds(10));
            assertThat(d.outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        } finally {
            window.get(10, TimeUnit.SECONDS).close();
        }
    }

    @Test
    void aLauncherThatFailsIsReportedWithItsExitCode() {
        assumeUnixTools();
        Delivery d = new WindowStarter(List.of("/bin/false"))
                .startAndSend(new InstanceClient(socket()), WindowRequest.QUICK_FILL, Duration.ofSeconds(10));

        assertThat(d).isEqualTo(new Delivery(Delivery.Outcome.FAILED,
                "Latchkey ended with exit code 1 before its window could be reached"));
    }

    @Test
    void aWindowThatNeverListensEndsTheWait() {
        assumeUnixTools();
        Delivery d = new WindowStarter(List.of("/bin/true"))
                .startAndSend(new InstanceClient(socket()), WindowRequest.QUICK_FILL, Duration.ofMillis(300));

        assertThat(d).isEqualTo(new Delivery(Delivery.Outcome.FAILED,
                "Latchkey was started, but its window did not answer within 300 ms"));
    }

    @Test
    void aLauncherThatCannotRunIsReported() {
        Path missing = bin.resolve("no-such-launcher");
        Delivery d = new WindowStarter(List.of(missing.toString()))
                .startAndSend(new InstanceClient(socket()), WindowRequest.QUICK_FILL, Duration.ofSeconds(1));

        assertThat(d.outcome()).isEqualTo(Delivery.Outcome.FAILED);
        assertThat(d.reason()).startsWith("could not start Latchkey (" + missing + "): ");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
