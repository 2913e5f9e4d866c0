package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** {@code latchkey daemon} from the packaged jar, in a process of its own, for process tests. */
final class DaemonProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private DaemonProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the daemon and waits until it serves the data folder. */
    static DaemonProcess start(Path home) throws IOException, InterruptedException {
        Path log = Files.createTempFile("latchkey-daemon", ".log");
        ProcessBuilder pb = new ProcessBuilder(JarProcess.command("daemon"));
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("LATCHKEY_HOME", home.toString());
        pb.environment().put("LATCHKEY_KDF_TARGET_MS", "0");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        DaemonProcess d = new DaemonProcess(pb.start(), log);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!d.output().contains("Latchkey serves")) {
            if (!d.process.isAlive() || System.nanoTime() > deadline) {
                d.process.destroyForcibly();
                throw new AssertionError("the daemon did not start: " + d.output());
            }
            Thread.sleep(50);
        }
        return d;
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    Process process() {
        return process;
    }

    /** Waits for the process to end; its exit code. */
    int waitFor(long seconds) throws InterruptedException {
        assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as("the daemon ended").isTrue();
        return process.exitValue();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        Files.deleteIfExists(log);
    }
}
