package dev.latchkey.app.cli;

import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/**
 * Unlocking and locking a keychain in the running Latchkey service (the window or
 * {@code latchkey daemon}), as {@code security unlock-keychain} and {@code lock-keychain} do:
 * while unlocked there, commands and applications use it without asking for the password.
 */
final class LockCommands {
    private LockCommands() {
    }

    @Command(name = "unlock", aliases = "unlock-keychain", description = {
        "Unlock a keychain in the running Latchkey service (the window or `latchkey daemon`), so that "
            + "commands and applications use it without the password until it is locked or locks itself.",
        "The password comes from --password-file, else it is asked for."})
    static final class Unlock implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Parameters(paramLabel = "NAME|PATH", arity = "0..1") String name;

        @Override
        public Integer call() throws LatchkeyException {
            requireService(root, "unlock");
            KeychainService service = root.context.service();
            KeychainRef ref = root.keychainRef(name);
            if (!service.exists(ref)) {
                throw new LatchkeyException(Status.NO_SUCH_KEYCHAIN, "no keychain named \"" + ref.name() + "\"");
            }
            if (service.unlocked(ref).isPresent()) {
                return ExitCodes.OK;
            }
            char[] pw = root.password(ref);
            try {
                service.unlock(ref, pw);
            } finally {
                Wipe.chars(pw);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "lock", aliases = "lock-keychain", description = {
        "Lock a keychain (or every keychain with -a) in the running Latchkey service: its keys are wiped "
            + "from memory; commands under way may finish first."})
    static final class Lock implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Parameters(paramLabel = "NAME|PATH", arity = "0..1") String name;
        @Option(names = {"-a", "--all"}, description = "Lock every keychain.") boolean all;

        @Override
        public Integer call() throws LatchkeyException {
            if (!root.context.inService()) {
                // Nothing is unlocked where no service runs: each command locks what it unlocked.
                root.context.err().println("latchkey: no Latchkey service runs for this data folder; "
                        + "every keychain is locked.");
                return ExitCodes.OK;
            }
            KeychainService service = root.context.service();
            if (all) {
                service.lockAll();
            } else {
                service.lock(root.keychainRef(name));
            }
            return ExitCodes.OK;
        }
    }

    static void requireService(LatchkeyCommand root, String command) throws LatchkeyException {
        if (!root.context.inService()) {
            throw new LatchkeyException(Status.SERVICE_NOT_AVAILABLE, "no Latchkey service runs for this data "
                    + "folder to keep the keychain unlocked; start one with `latchkey daemon` (or open Latchkey), "
                    + "then " + command + " again");
        }
    }
}
