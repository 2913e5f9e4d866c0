package dev.latchkey.crypto.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the JDK's own {@code jarsigner} and {@code keytool} (the ones beside the running JVM). */
public final class Jdk {
    private Jdk() {
    }

    public static Path tool(String name) {
        Path tool = Path.of(System.getProperty("java.home"), "bin", name);
        if (!Files.isExecutable(tool)) {
            Assumptions.abort(name + " not found at " + tool + " (a JRE without the JDK tools)");
        }
        return tool;
    }

    public static OpenSsl.Run run(Path dir, String tool, String... args) {
        List<String> command = new ArrayList<>();
        command.add(tool(tool).toString());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(tool + " timed out");
            }
            return new OpenSsl.Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
