package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** Finding the command a command line names, and building only that one. */
class CommandWordTest {
    @TempDir
    Path home;

    @Test
    void theCommandIsTheFirstWordAfterTheGlobalOptions() {
        assertThat(CommandWord.of(new String[] {"find-generic-password", "-s", "x"})).contains("find-generic-password");
        assertThat(CommandWord.of(new String[] {"-k", "work", "--json", "--password-file", "pw", "dump-keychain"}))
                .contains("dump-keychain");
        assertThat(CommandWord.of(new String[] {"--keychain=work", "--password-file=pw", "otp", "list"})).contains("otp");
        assertThat(CommandWord.of(new String[] {"--json"})).isEmpty();
        assertThat(CommandWord.command("unlock-keychain")).contains(LockCommands.Unlock.class);
        assertThat(CommandWord.command("no-such-command")).isEmpty();
    }

    @Test
    void helpAndUnknownCommandsStillSeeEveryCommand() {
        CliRun cli = new CliRun(home);
        String help = cli.run("--help").out();
        for (Class<?> c : LatchkeyCommand.COMMANDS) {
            assertThat(help).contains(c.getAnnotation(Command.class).name());
        }
        CliRun.Result unknown = cli.run("find-generic-pasword");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("find-generic-password");
        // Global options before or after the one command built.
        assertThat(cli.run("-k", "nothing", "find-generic-password", "-s", "x").err())
                .contains("no keychain named \"nothing\"");
        assertThat(cli.run("find-generic-password", "-s", "x", "--keychain", "nothing").err())
                .contains("no keychain named \"nothing\"");
    }
}
