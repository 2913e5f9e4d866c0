package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a new user runs it: no display, real exit codes, a real terminal prompt. */
class CliProcessIT {
    @TempDir
    Path home;
    @TempDir
    Path files;

    @Test
    void versionAndHelpNeedNoDisplay() throws Exception {
        JarProcess.Result v = JarProcess.run(home, "", "--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("latchkey 0.");
        JarProcess.Result h = JarProcess.run(home, "", "--help");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("create-keychain", "Exit codes");
        assertThat(h.err()).isEmpty();
    }

    /** The window (and a bare quick-fill, which may become it) without a display: one line, no stack trace. */
    @Test
    void withoutADisplayTheWindowSaysSoInOneLine() throws Exception {
        for (String[] args : List.of(new String[0], new String[] {"quick-fill"})) {
            JarProcess.Result r = JarProcess.run(home, "", args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.of(Status.SERVICE_NOT_AVAILABLE));
            assertThat(r.err().strip()).as(String.join(" ", args))
                    .isEqualTo("latchkey: SERVICE_NOT_AVAILABLE: cannot open the Latchkey window: no display (DISPLAY is not "
                            + "set); the command line works without one: latchkey --help");
            assertThat(r.out()).isEmpty();
        }
    }

    /**
     * Commands that need no keychain start as a plain JVM does: --version without picocli, and
     * neither loads JavaFX, H2, Bouncy Castle or Jackson's databind (issue 14: at most 0.3 s).
     */
    @Test
    void commandsWithoutAKeychainLoadNoHeavyLibrary() throws Exception {
        List<String> heavy = List.of("javafx.", "com.sun.javafx.", "org.h2.", "org.bouncycastle.",
                "com.fasterxml.jackson.databind.");
        List<String> version = loadedClasses("--version");
        assertThat(version).as("classes loaded by --version").hasSizeGreaterThan(100)
                .noneMatch(c -> c.startsWith("picocli."))
                .noneMatch(c -> heavy.stream().anyMatch(c::startsWith));
        List<String> generate = loadedClasses("generate-password", "--count", "2");
        assertThat(generate).as("classes loaded by generate-password")
                .anyMatch(c -> c.startsWith("picocli."))
                .noneMatch(c -> heavy.stream().anyMatch(c::startsWith));
    }

    private List<String> loadedClasses(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(JarProcess.command(args));
        command.add(1, "-Xlog:class+load=info:stdout:uptime,level,tags");
        JarProcess.Result r = JarProcess.exec(command, home, "");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).as("the command's own output").anyMatch(l -> !l.contains("[class,load]"));
        return lines.stream().filter(l -> l.contains("[class,load]"))
                .map(l -> l.substring(l.indexOf("[class,load]") + "[class,load]".length()).trim().split(" ")[0])
                .toList();
    }

    @Test
    void quickStartFromTheReadme() throws Exception {
        Path pw = files.resolve("pw");
        Files.writeString(pw, "my keychain password\n");
        String p = pw.toString();
        assertThat(JarProcess.run(home, "", "create-keychain", "login", "--password-file", p).code()).isZero();
        assertThat(JarProcess.run(home, "s3cret\n", "add-generic-password", "-s", "mail", "-a", "alice", "-w", "-",
                "--password-file", p).code()).isZero();
        JarProcess.Result found = JarProcess.run(home, "", "find-generic-password", "-s", "mail", "-w",
                "--password-file", p);
        assertThat(found.code()).isZero();
        assertThat(found.out()).isEqualTo("s3cret\n");

        JarProcess.Result missing = JarProcess.run(home, "", "find-generic-password", "-s", "nothing",
                "--password-file", p);
        assertThat(missing.code()).isEqualTo(44);
        assertThat(missing.err()).isEqualTo("latchkey: ITEM_NOT_FOUND: The specified item could not be found "
                + "in the keychain.\n");

        Files.writeString(pw, "not it\n");
        JarProcess.Result wrong = JarProcess.run(home, "", "dump-keychain", "--password-file", p);
        assertThat(wrong.code()).isEqualTo(51);
        assertThat(wrong.err()).isEqualTo("latchkey: AUTH_FAILED: The password is not correct.\n");
        assertThat(JarProcess.run(home, "", "no-such-command").code()).isEqualTo(2);
    }

    @Test
    void withoutATerminalThePasswordMustComeFromAFile() throws Exception {
        Path pw = files.resolve("pw");
        Files.writeString(pw, "my keychain password\n");
        assertThat(JarProcess.run(home, "", "create-keychain", "login", "--password-file", pw.toString()).code())
                .isZero();
        // Started by the test runner, the process has no controlling terminal (as under cron or CI).
        Assumptions.assumeFalse(Files.isReadable(Path.of("/proc/self/fd/0"))
                && Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString().startsWith("/dev/pts"),
                "this test run has a terminal");
        JarProcess.Result r = JarProcess.run(home, "", "find-generic-password", "-s", "mail");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("latchkey: PARAM: no terminal to ask for the password; give it with "
                + "--password-file FILE\n");
    }

    @Test
    void notAKeychainIsBadInputWithoutAStackTrace() throws Exception {
        Path fake = files.resolve("fake.keychain.mv.db");
        Files.writeString(fake, "this is not a database");
        Path pw = files.resolve("pw");
        Files.writeString(pw, "x\n");
        JarProcess.Result r = JarProcess.run(home, "", "-k", fake.toString(), "dump-keychain",
                "--password-file", pw.toString());
        assertThat(r.code()).isEqualTo(65);
        assertThat(r.err()).startsWith("latchkey: INVALID_KEYCHAIN: ").doesNotContain("Exception", "\tat ");
        assertThat(Files.readString(fake)).isEqualTo("this is not a database");
    }

    @Test
    void asksForThePasswordOnARealTerminalWithoutEcho() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")),
                "util-linux `script` is needed to give the CLI a pseudo-terminal");
        Path pw = files.resolve("pw");
        Files.writeString(pw, "typed-at-the-terminal\n");
        assertThat(JarProcess.run(home, "", "create-keychain", "login", "--password-file", pw.toString()).code())
                .isZero();
        assertThat(JarProcess.run(home, "", "add-note", "-l", "n", "-w", "note text",
                "--password-file", pw.toString()).code()).isZero();
        // script(1) runs the CLI on a pseudo-terminal fed from our stdin: the prompt must not echo.
        String cmd = String.join(" ", JarProcess.command("find-note", "-l", "n", "-w").stream()
                .map(s -> "'" + s + "'").toList());
        JarProcess.Result r = JarProcess.exec(List.of("script", "-qec", cmd, "/dev/null"), home,
                "Password for keychain", "typed-at-the-terminal\n");
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Password for keychain \"login\":").contains("note text")
                .doesNotContain("typed-at-the-terminal");
    }
}
