package dev.latchkey.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command and times it from start to exit, as a user at a shell would. Output goes
 * to files rather than pipes, so a command that prints much never waits on the reader.
 */
final class TimedProcess {
    private static final long TIMEOUT_MINUTES = 10;

    record Outcome(long nanos, int exitCode, String stdout, String stderr) {
        Outcome requireSuccess(List<String> command) {
            if (exitCode != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + exitCode + ": "
                        + stderr.strip());
            }
            return this;
        }
    }

    private final Path scratch;

    TimedProcess(Path scratch) {
        this.scratch = scratch;
    }

    /** Runs {@code command} with {@code stdin} (may be null) as its standard input. */
    Outcome run(List<String> command, String stdin) throws IOException, InterruptedException {
        Path out = scratch.resolve("stdout.txt");
        Path err = scratch.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
        }
        long nanos = System.nanoTime() - start;
        return new Outcome(nanos, p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
