package dev.latchkey.app.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.ManualTime;
import dev.latchkey.app.testing.PrivateXDisplay;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.otp.OtpGenerator;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.VerificationCodes;
import dev.latchkey.model.settings.LatchkeyHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Add Code's image sources for real, on a private Xvfb display with openbox. Scan Screen, without
 * a compositor and with one (xcompmgr): a QR code in another process's window, as a browser
 * shows one, lies under Latchkey's windows; Latchkey, in its own process ({@link AddCodeApp}),
 * presses Scan Screen; JavaFX's Robot captures the X screen; xdotool drags the real X mouse
 * around the code on the picker. Paste Image: the other process copies the QR code's picture and
 * Latchkey reads it from the X clipboard. Each time the stored code is read back from the
 * keychain files by this process.
 */
class AddCodeX11Test {
    private static final long TIMEOUT_SECONDS = 90;
    /** RFC 6238's SHA-1 seed, "12345678901234567890". */
    private static final String URI = "otpauth://totp/GitHub:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=GitHub&digits=8";
    /** The QR code's window: under Latchkey's main window and partly under Add Code. */
    private static final int QR_X = 640;
    private static final int QR_Y = 340;
    private static final int QR_SIZE = 240;
    private static PrivateXDisplay x;
    private Process compositor;
    private final StringBuilder seen = new StringBuilder();
    private Path home;

    @BeforeAll
    static void startDisplay() throws Exception {
        x = PrivateXDisplay.start("xdotool", "openbox");
    }

    @AfterAll
    static void stopDisplay() {
        if (x != null) {
            x.close();
        }
    }

    @AfterEach
    void stopProcessesAndDeleteHome() throws IOException, InterruptedException {
        if (compositor != null) {
            compositor.destroyForcibly();
            compositor.waitFor(10, TimeUnit.SECONDS);
        }
        x.stopStarted();
        if (home != null) {
            try (var files = Files.walk(home)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The next line that starts with {@code prefix}; the lines before it are kept for a failure's message. */
    private String await(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < end) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            seen.append(line).append('\n');
            if (line.startsWith(prefix)) {
                return line;
            }
            if (line.startsWith("ERROR ")) {
                throw new AssertionError("an error instead of " + prefix + "; the processes printed:\n" + seen);
            }
        }
        throw new AssertionError("never saw " + prefix + "; the processes printed:\n" + seen);
    }

    private void xdotool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        x.run(command.toArray(String[]::new));
    }

    @Test
    void withoutACompositorLatchkeysWindowsAreMinimisedForThePicture() throws Exception {
        aQrCodeUnderLatchkeysWindowsIsReadFromTheScreenAndStored("plain");
    }

    @Test
    void withACompositorLatchkeysWindowsAreMadeTransparentForThePicture() throws Exception {
        Optional<Path> xcompmgr = PrivateXDisplay.onPath("xcompmgr");
        Assumptions.assumeTrue(xcompmgr.isPresent(), "a composited X screen needs xcompmgr (apt-get install xcompmgr)");
        compositor = x.process(xcompmgr.get().toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        aQrCodeUnderLatchkeysWindowsIsReadFromTheScreenAndStored("composited");
    }

    @Test
    void anImageCopiedInAnotherApplicationIsPastedAndStored() throws Exception {
        BlockingQueue<String> qr = x.startJava(QrOnScreen.class, URI, String.valueOf(QR_X), String.valueOf(QR_Y), String.valueOf(QR_SIZE),
                "copy");
        await(qr, "READY");
        BlockingQueue<String> latchkey = x.startJava(AddCodeApp.class, null, "paste");
        home = Path.of(await(latchkey, "HOME ").substring("HOME ".length()));
        await(latchkey, "PASTING");
        assertThat(await(latchkey, "FOUND ")).as("read from the clipboard").isEqualTo(
                "FOUND •  GitHub: alice  ·  time-based");
        await(latchkey, "CLOSED");
        assertThat(x.exits(latchkey, 30)).as("Latchkey exits").isTrue();
        assertTheGitHubCodeIsStored();
    }

    private void aQrCodeUnderLatchkeysWindowsIsReadFromTheScreenAndStored(String screen) throws Exception {
        BlockingQueue<String> qr = x.startJava(QrOnScreen.class, URI, String.valueOf(QR_X), String.valueOf(QR_Y),
                String.valueOf(QR_SIZE));
        assertThat(await(qr, "READY")).isEqualTo("READY " + QR_X + " " + QR_Y);
        BlockingQueue<String> latchkey = x.startJava(AddCodeApp.class, null);
        home = Path.of(await(latchkey, "HOME ").substring("HOME ".length()));
        assertThat(await(latchkey, "SCANNING")).isEqualTo("SCANNING " + screen);
        assertThat(await(latchkey, "OVERLAY")).as("the picker covers the screen").isEqualTo("OVERLAY 0 0 1024 768");

        // Around the code, as a user would: press above left of it, drag past its bottom right corner.
        int margin = 20;
        xdotool("mousemove", String.valueOf(QR_X - margin), String.valueOf(QR_Y - margin), "mousedown", "1",
                "mousemove", String.valueOf(QR_X + QR_SIZE / 2), String.valueOf(QR_Y + QR_SIZE / 2),
                "mousemove", String.valueOf(QR_X + QR_SIZE + margin), String.valueOf(QR_Y + QR_SIZE + margin),
                "mouseup", "1");

        String found = await(latchkey, "FOUND ");
        assertThat(found).as("read from the screen:\n" + seen).isEqualTo("FOUND •  GitHub: alice  ·  time-based");
        assertThat(await(latchkey, "WINDOWS ")).as("Latchkey's windows are back").isEqualTo("WINDOWS visible visible");
        await(latchkey, "CLOSED");
        assertThat(x.exits(latchkey, 30)).as("Latchkey exits").isTrue();
        assertTheGitHubCodeIsStored();
    }

    /** Reads the keychain Latchkey left behind: one code, GitHub's, with the seed from the QR code. */
    private void assertTheGitHubCodeIsStored() throws Exception {
        ManualTime time = new ManualTime();
        try (KeychainService service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, time)) {
            Keychain login = service.unlock(service.list().stream().filter(r -> r.name().equals("login"))
                    .findFirst().orElseThrow(), TestKeychains.password());
            List<Item> codes = login.items().stream().filter(i -> i.itemClass() == ItemClass.VERIFICATION_CODE)
                    .toList();
            assertThat(codes).hasSize(1);
            OtpParameters stored = VerificationCodes.parameters(codes.get(0)).orElseThrow();
            assertThat(stored.issuer()).isEqualTo("GitHub");
            assertThat(stored.account()).isEqualTo("alice");
            assertThat(stored.digits()).isEqualTo(8);
            try (Secret seed = Secret.copyOf("12345678901234567890".getBytes(StandardCharsets.US_ASCII))) {
                assertThat(new VerificationCodes(login, time).peek(codes.get(0).id()).code())
                        .as("the seed read from the screen is the one stored")
                        .isEqualTo(OtpGenerator.code(stored, seed, time.instant()).code());
            }
        }
    }
}
