package dev.latchkey.model.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * KeePassXC's side of the tests: keepassxc-cli, the real peer (tests skip, saying why, where it
 * is not installed), and KeePassXC's own test files in ../shared/corpus/keepassxc.
 */
public final class KeePassCli {
    private KeePassCli() {
    }

    public static void require() {
        if (!Files.isExecutable(Path.of("/usr/bin/keepassxc-cli"))) {
            Assumptions.abort("keepassxc-cli is not installed (apt-get install keepassxc)");
        }
    }

    /** Runs keepassxc-cli with {@code args}, typing {@code stdin}; its standard output. */
    public static String run(String stdin, String... args) throws IOException, InterruptedException {
        require();
        List<String> command = new ArrayList<>();
        command.add("keepassxc-cli");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keepassxc-cli " + String.join(" ", args) + " failed with " + p.exitValue());
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** A file of KeePassXC's test data; the test skips when the corpus is absent. */
    public static Path corpus(String name) {
        String root = System.getProperty("latchkey.corpus");
        Path p = root == null ? null : Path.of(root, "keepassxc", name);
        if (p == null || !Files.exists(p)) {
            Assumptions.abort("corpus not found at " + p + " (set -Dlatchkey.corpus)");
        }
        return p;
    }
}
