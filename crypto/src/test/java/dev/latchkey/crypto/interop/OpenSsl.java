package dev.latchkey.crypto.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the system {@code openssl}; tests that need it skip when it is not installed. Shared with
 * the app module's tests through this module's test-jar.
 */
public final class OpenSsl {
    /** Exit code and merged output of one run. */
    public record Run(int exit, String output) {
    }

    private OpenSsl() {
    }

    public static void require() {
        try {
            if (run(Path.of("."), "version").exit() != 0) {
                Assumptions.abort("openssl does not run");
            }
        } catch (IllegalStateException e) {
            Assumptions.abort("openssl not found: " + e.getMessage());
        }
    }

    public static Run run(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("openssl timed out: " + command);
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Runs and requires exit code 0, returning the output. */
    public static String ok(Path dir, String... args) {
        Run run = run(dir, args);
        if (run.exit() != 0) {
            throw new AssertionError("openssl " + String.join(" ", args) + " failed:\n" + run.output());
        }
        return run.output();
    }
}
