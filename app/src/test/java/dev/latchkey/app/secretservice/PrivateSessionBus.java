package dev.latchkey.app.secretservice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A session bus of the test's own ({@code dbus-daemon --session}), and real clients on it:
 * libsecret's {@code secret-tool} and Debian's Python with secretstorage and keyring. Tests
 * that need them skip with a message where they are missing (CI installs them).
 */
public final class PrivateSessionBus implements AutoCloseable {
    static final String PYTHON = "/usr/bin/python3";

    private final Process daemon;
    private final String address;

    private PrivateSessionBus(Process daemon, String address) {
        this.daemon = daemon;
        this.address = address;
    }

    public static PrivateSessionBus start() throws IOException {
        Assumptions.assumeTrue(onPath("dbus-daemon"), "needs dbus-daemon (apt-get install dbus)");
        Process p = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String address = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (address == null || !address.startsWith("unix:")) {
            p.destroyForcibly();
            throw new IOException("dbus-daemon gave no address");
        }
        return new PrivateSessionBus(p, address.strip());
    }

    public String address() {
        return address;
    }

    public static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    public static void assumeSecretTool() {
        Assumptions.assumeTrue(onPath("secret-tool"), "needs secret-tool (apt-get install libsecret-tools)");
    }

    public static void assumePython(String... modules) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(PYTHON)), "needs " + PYTHON);
        for (String m : modules) {
            Assumptions.assumeTrue(new ProcessBuilder(PYTHON, "-c", "import " + m)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0,
                    "needs Python's " + m + " (apt-get install python3-secretstorage python3-keyring)");
        }
    }

    /** What a client printed and its exit code. */
    public record Run(int code, String out, String err) {
    }

    /** Runs a client on this bus, feeding it {@code stdin}. */
    public Run run(String stdin, List<String> command) throws IOException, InterruptedException {
        return run(stdin, command, Map.of());
    }

    /** The same with more environment variables. */
    public Run run(String stdin, List<String> command, Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.putAll(extraEnv);
        env.put("DBUS_SESSION_BUS_ADDRESS", address);
        env.put("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring");
        env.remove("DISPLAY");
        Path out = Files.createTempFile("bus-client", ".out");
        Path err = Files.createTempFile("bus-client", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish in 60 s");
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    public Run secretTool(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("secret-tool"));
        command.addAll(List.of(args));
        return run(stdin, command);
    }

    public Run python(String script) throws IOException, InterruptedException {
        return run("", List.of(PYTHON, "-c", script));
    }

    @Override
    public void close() {
        daemon.destroy();
        try {
            daemon.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
