package dev.latchkey.app.instance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.model.settings.LatchkeyHome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GUI start on a data folder with and without a window already running there. */
class SingleInstanceTest {
    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private SingleInstance start(SocketPath socket) {
        return start(socket, WindowRequest.SHOW);
    }

    private SingleInstance start(SocketPath socket, WindowRequest request) {
        return SingleInstance.claim(socket, request, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void firstStartOpensTheWindowAndListens() {
        SocketPath socket = SocketPath.in(new LatchkeyHome(home));
        SingleInstance first = start(socket);
        try {
            assertThat(first.opensWindow()).isTrue();
            assertThat(first.server()).isPresent();
            assertThat(socket.file()).exists();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        } finally {
            first.server().ifPresent(InstanceServer::close);
        }
    }

    @Test
    void secondStartBringsTheFirstWindowForwardAndEnds() {
        SocketPath socket = SocketPath.in(new LatchkeyHome(home));
        List<WindowRequest> handled = new CopyOnWriteArrayList<>();
        SingleInstance first = start(socket);
        first.server().orElseThrow().handleWith(handled::add);
        try {
            SingleInstance second = start(socket);

            assertThat(second.opensWindow()).isFalse();
            assertThat(second.exitCode()).isZero();
            assertThat(second.server()).isEmpty();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(SingleInstance.HANDED_OVER + System.lineSeparator());
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(handled).containsExactly(WindowRequest.SHOW);
        } finally {
            first.server().orElseThrow().close();
        }
    }

    /** A bare {@code latchkey quick-fill} while the window runs: Quick Fill there, nothing printed, exit 0. */
    @Test
    void aQuickFillStartHandsQuickFillToTheRunningWindow() {
        SocketPath socket = SocketPath.in(new LatchkeyHome(home));
        List<WindowRequest> handled = new CopyOnWriteArrayList<>();
        SingleInstance first = start(socket);
        first.server().orElseThrow().handleWith(handled::add);
        try {
            SingleInstance quickFill = start(socket, WindowRequest.QUICK_FILL);

            assertThat(quickFill.opensWindow()).isFalse();
            assertThat(quickFill.exitCode()).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
            assertThat(handled).containsExactly(WindowRequest.QUICK_FILL);
        } finally {
            first.server().orElseThrow().close();
        }
    }

    @Test
    void withoutAUsableSocketTheWindowStillOpens() {
        SocketPath tooLong = SocketPath.in(new LatchkeyHome(home.resolve("x".repeat(120))));

        SingleInstance start = start(tooLong);

        assertThat(start.opensWindow()).isTrue();
        assertThat(start.server()).isEmpty();
    }
}
