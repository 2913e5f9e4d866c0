package dev.latchkey.app.clipboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.MemoryClipboard;
import dev.latchkey.app.testing.PrivateXDisplay;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Latchkey's own X11 clipboard against a real X server (a private Xvfb display), read and
 * written by xclip in other processes, as other applications paste and copy.
 */
class X11ClipboardTest {
    private static PrivateXDisplay x;
    private final MemoryClipboard fallback = new MemoryClipboard();
    private final BlockingQueue<String> reads = new LinkedBlockingQueue<>();
    private X11Clipboard clipboard;

    @BeforeAll
    static void startDisplay() throws Exception {
        x = PrivateXDisplay.start("xclip");
    }

    @AfterAll
    static void stopDisplay() {
        if (x != null) {
            x.close();
        }
    }

    @BeforeEach
    void open() {
        clipboard = X11Clipboard.open(x.name(), fallback).orElseThrow();
        clipboard.onRead(() -> reads.add("read"));
    }

    @AfterEach
    void close() {
        clipboard.close();
    }

    private PrivateXDisplay.Result paste(String target) throws Exception {
        return x.exec(null, "xclip", "-o", "-selection", "clipboard", "-t", target);
    }

    @Test
    void anotherApplicationPastesTheTextExactlyAndIsHeard() throws Exception {
        clipboard.putText("pässwörd 🔑 \"quoted\"".toCharArray());
        assertThat(clipboard.detectsReads()).isTrue();

        PrivateXDisplay.Result targets = paste("TARGETS");
        assertThat(targets.output().lines()).contains("UTF8_STRING", "x-kde-passwordManagerHint");
        assertThat(paste("x-kde-passwordManagerHint").output()).as("clipboard managers: do not keep it")
                .isEqualTo("secret");

        assertThat(paste("UTF8_STRING").output()).isEqualTo("pässwörd 🔑 \"quoted\"");
        assertThat(reads.poll(10, TimeUnit.SECONDS)).isEqualTo("read");
        assertThat(reads).as("asking what it offers is not a paste").isEmpty();

        assertThat(paste("text/plain;charset=utf-8").output()).isEqualTo("pässwörd 🔑 \"quoted\"");
        assertThat(reads.poll(10, TimeUnit.SECONDS)).isEqualTo("read");
        assertThat(paste("STRING").exitCode()).as("Latin-1 cannot say 🔑: refused, never mangled").isNotZero();
        assertThat(clipboard.text().toString()).isEqualTo("pässwörd 🔑 \"quoted\"");
        assertThat(fallback.current()).as("the toolkit's clipboard never saw it").isNull();
    }

    @Test
    void latin1ClientsGetLatin1() throws Exception {
        clipboard.putText("pässwörd".toCharArray());
        PrivateXDisplay.Result r = x.exec(null, "sh", "-c", "xclip -o -selection clipboard -t STRING | od -An -tx1");
        assertThat(r.output().replaceAll("\\s+", "")).isEqualTo(hex("pässwörd".getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x", b & 0xff));
        }
        return out.toString();
    }

    @Test
    void clearingGivesTheClipboardUpAndNothingIsLeftToPaste() throws Exception {
        clipboard.putText("gone soon".toCharArray());
        assertThat(paste("UTF8_STRING").output()).isEqualTo("gone soon");
        clipboard.clear();
        assertThat(clipboard.owns()).isFalse();
        PrivateXDisplay.Result after = paste("UTF8_STRING");
        assertThat(after.exitCode()).as(after.output()).isNotZero();
    }

    @Test
    void whenAnotherApplicationCopiesOurTextIsWipedAndForgotten() throws Exception {
        clipboard.putText("ours".toCharArray());
        assertThat(clipboard.owns()).isTrue();
        // xclip stays in the background as the new owner until the display closes.
        x.run("sh", "-c", "printf theirs | xclip -i -selection clipboard >/dev/null 2>&1");
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (clipboard.owns() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(clipboard.owns()).isFalse();
        assertThat(paste("UTF8_STRING").output()).isEqualTo("theirs");
    }

    @Test
    void textTooLargeForOneReplyGoesToTheToolkitsClipboard() {
        char[] large = "x".repeat(X11Clipboard.MAX_BYTES).toCharArray();
        clipboard.putText(large);
        assertThat(clipboard.owns()).isFalse();
        assertThat(fallback.current()).hasSize(X11Clipboard.MAX_BYTES);
    }
}
