package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code latchkey.jar} in a child JVM, as a user's shell would. */
final class JarProcess {
    record Result(int code, String out, String err) {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("latchkey.jar", "target/latchkey.jar"));
        assertThat(jar).as("the packaged jar (run `mvn verify`)").exists();
        return jar;
    }

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Result run(Path home, String stdin, String... args) throws IOException, InterruptedException {
        return exec(command(args), home, stdin);
    }

    static Result exec(List<String> command, Path home, String stdin) throws IOException, InterruptedException {
        return exec(command, home, null, stdin);
    }

    /**
     * Runs {@code command}; when {@code waitFor} is given, types {@code stdin} only once that
     * text has appeared on standard output, as a person answering a prompt would.
     */
    static Result exec(List<String> command, Path home, String waitFor, String stdin)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.put("LATCHKEY_HOME", home.toString());
        env.put("LATCHKEY_KDF_TARGET_MS", "0");
        Path out = Files.createTempFile("latchkey-out", ".txt");
        Path err = Files.createTempFile("latchkey-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (waitFor != null) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(out).contains(waitFor)) {
                if (System.nanoTime() > deadline || !p.isAlive()) {
                    p.destroyForcibly();
                    throw new AssertionError("no prompt \"" + waitFor + "\" from " + command + ": " + Files.readString(out));
                }
                Thread.sleep(50);
            }
        }
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("latchkey " + command + " did not finish in 120 s");
        }
        try {
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
