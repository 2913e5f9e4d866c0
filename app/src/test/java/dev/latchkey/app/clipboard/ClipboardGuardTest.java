package dev.latchkey.app.clipboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.ManualTime;
import dev.latchkey.app.testing.MemoryClipboard;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClipboardGuardTest {
    private final ManualTime time = new ManualTime();
    private final MemoryClipboard clipboard = new MemoryClipboard();
    private final ClipboardGuard guard = new ClipboardGuard(clipboard, time, time, () -> Duration.ofSeconds(30));

    @Test
    void clearsTheSecretAfterTheDelayAndCountsDown() {
        char[] secret = "s3cret!".toCharArray();
        guard.copySecret(secret, "Password of “GitHub”");
        assertThat(clipboard.current()).isEqualTo("s3cret!");
        assertThat(secret).as("the caller still owns it").containsExactly("s3cret!".toCharArray());
        assertThat(guard.secondsLeftProperty().get()).isEqualTo(30);
        assertThat(guard.whatProperty().get()).isEqualTo("Password of “GitHub”");
        time.advance(Duration.ofSeconds(10));
        assertThat(guard.secondsLeftProperty().get()).isEqualTo(20);
        time.advance(Duration.ofSeconds(19));
        assertThat(clipboard.current()).isEqualTo("s3cret!");
        time.advance(Duration.ofSeconds(1));
        assertThat(clipboard.current()).isNull();
        assertThat(guard.secondsLeftProperty().get()).isZero();
        assertThat(guard.whatProperty().get()).isEmpty();
    }

    @Test
    void leavesTheClipboardAloneWhenSomethingElseWasCopiedMeanwhile() {
        guard.copySecret("s3cret!".toCharArray(), "Password");
        clipboard.putFromElsewhere("a shopping list");
        time.advance(Duration.ofSeconds(31));
        assertThat(clipboard.current()).isEqualTo("a shopping list");
        assertThat(guard.secondsLeftProperty().get()).isZero();
    }

    @Test
    void copyingPlainTextEndsTheCountdown() {
        guard.copySecret("s3cret!".toCharArray(), "Password");
        guard.copyText("alice@example.com");
        assertThat(guard.secondsLeftProperty().get()).isZero();
        time.advance(Duration.ofMinutes(1));
        assertThat(clipboard.current()).isEqualTo("alice@example.com");
    }

    @Test
    void clearNowOnlyTakesOurSecretOff() {
        guard.copySecret("s3cret!".toCharArray(), "Password");
        guard.clearNow();
        assertThat(clipboard.current()).isNull();
        clipboard.putFromElsewhere("theirs");
        guard.clearNow();
        assertThat(clipboard.current()).isEqualTo("theirs");
    }

    @Test
    void aSecondCopyRestartsTheDelay() {
        guard.copySecret("one".toCharArray(), "first");
        time.advance(Duration.ofSeconds(20));
        guard.copySecret("two".toCharArray(), "second");
        time.advance(Duration.ofSeconds(20));
        assertThat(clipboard.current()).isEqualTo("two");
        time.advance(Duration.ofSeconds(10));
        assertThat(clipboard.current()).isNull();
    }

    @Test
    void anActionWaitsForThePasteToSettleRunsOnceAndANewCopyDropsIt() {
        MemoryClipboard hearing = new MemoryClipboard().detectingReads();
        ClipboardGuard g = new ClipboardGuard(hearing, time, time, () -> Duration.ofSeconds(30));
        hearing.onRead(g::readHeard);
        assertThat(g.detectsReads()).isTrue();
        assertThat(guard.detectsReads()).as("the toolkit's clipboard cannot tell").isFalse();
        int[] runs = new int[1];

        g.copySecret("alice".toCharArray(), "Account");
        g.afterNextRead(() -> runs[0]++);
        time.advance(Duration.ofSeconds(5));
        assertThat(runs[0]).as("nothing pasted yet").isZero();
        assertThat(hearing.paste()).isEqualTo("alice");
        assertThat(hearing.paste()).as("one paste, read twice").isEqualTo("alice");
        assertThat(runs[0]).as("not while the paste may still be reading").isZero();
        time.advance(ClipboardGuard.PASTE_SETTLES);
        assertThat(runs[0]).isEqualTo(1);
        hearing.paste();
        time.advance(Duration.ofSeconds(1));
        assertThat(runs[0]).as("once").isEqualTo(1);

        g.afterNextRead(() -> runs[0] += 10);
        g.copySecret("other".toCharArray(), "Password");
        hearing.paste();
        time.advance(Duration.ofSeconds(1));
        assertThat(runs[0]).as("a new copy dropped the waiting action").isEqualTo(1);

        g.afterNextRead(() -> runs[0] += 100);
        hearing.paste();
        g.clearNow();
        time.advance(Duration.ofSeconds(1));
        assertThat(runs[0]).as("clearing dropped it, even mid-paste").isEqualTo(1);
    }
}
