package dev.latchkey.app.instance;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Starts the Latchkey window as a process of its own (detached: no input, output discarded),
 * and delivers a request once it listens.
 */
public final class WindowStarter {
    static final String MAIN_CLASS = "dev.latchkey.app.Main";
    /** Short: a quick-fill that starts the window waits for it in steps of this. */
    private static final Duration POLL = Duration.ofMillis(20);

    private final List<String> command;

    WindowStarter(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** Starts the window the way this process was started: its jpackage launcher, else this java and class path. */
    public static WindowStarter forThisProcess() {
        return new WindowStarter(command(Optional.ofNullable(System.getProperty("jpackage.app-path")),
                System.getProperty("java.home"), System.getProperty("java.class.path"),
                System.getProperty("os.name", "")));
    }

    /**
     * The window's launcher: beside a jpackage launcher sits the one named {@code Latchkey}
     * (the command line's {@code latchkey}/{@code latchkey-cli} would open a console on
     * Windows); without jpackage, {@code Main} without arguments on this java.
     */
    static List<String> command(Optional<String> appPath, String javaHome, String classPath, String osName) {
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        if (appPath.isPresent()) {
            Path launcher = Path.of(appPath.get());
            Path window = launcher.resolveSibling(windows ? "Latchkey.exe" : "Latchkey");
            return List.of((Files.isExecutable(window) ? window : launcher).toString());
        }
        String java = Path.of(javaHome, "bin", windows ? "javaw.exe" : "java").toString();
        return List.of(java, "-cp", classPath, MAIN_CLASS);
    }

    List<String> command() {
        return command;
    }

    /**
     * Starts the window, then sends {@code request} until it is delivered, the window fails to
     * start, or {@code wait} has passed.
     */
    public Delivery startAndSend(InstanceClient client, WindowRequest request, Duration wait) {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return Delivery.failed("could not start Latchkey (" + command.get(0) + "): " + e.getMessage());
        }
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Delivery delivery = client.send(request);
            if (delivery.outcome() != Delivery.Outcome.NOT_RUNNING && delivery.outcome() != Delivery.Outcome.NO_WINDOW) {
                return delivery;
            }
            // Exit 0 without a window: another start won the race and will answer; keep asking.
            if (!process.isAlive() && process.exitValue() != 0) {
                return Delivery.failed("Latchkey ended with exit code " + process.exitValue()
                        + " before its window could be reached");
            }
            if (System.nanoTime() - deadline >= 0) {
                return Delivery.failed("Latchkey was started, but its window did not answer within "
                        + (wait.toSeconds() > 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms"));
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Delivery.failed("interrupted while waiting for the Latchkey window");
            }
        }
    }

    private static File nullFile() {
        return new File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL"
                : "/dev/null");
    }
}
