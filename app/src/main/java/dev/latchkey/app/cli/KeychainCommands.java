package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainDescription;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.LockState;
import dev.latchkey.model.keychain.KeychainSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Commands on whole keychains. */
final class KeychainCommands {
    private KeychainCommands() {
    }

    @Command(name = "create-keychain", description = "Create a keychain. The first one becomes the default. "
            + "The password comes from --password-file, else it is asked for twice.")
    static final class Create implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Parameters(paramLabel = "NAME|PATH") String name;

        @Override
        public Integer call() throws LatchkeyException {
            KeychainService service = root.context.service();
            KeychainRef ref = service.resolve(name);
            char[] pw = root.newPassword(root.passwordFile, "keychain \"" + ref.name() + "\"");
            try {
                service.create(name, pw);
            } finally {
                Wipe.chars(pw);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete-keychain", description = "Delete a keychain file and everything in it.")
    static final class Delete implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Parameters(paramLabel = "NAME|PATH") String name;

        @Override
        public Integer call() throws LatchkeyException {
            root.context.service().delete(root.context.service().resolve(name));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list-keychains", description = "List the keychains; * marks the default. Supports --json.")
    static final class ListAll implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;

        @Override
        public Integer call() throws LatchkeyException {
            KeychainService service = root.context.service();
            Optional<KeychainRef> def = service.defaultKeychain();
            if (root.json) {
                ArrayNode array = CliContext.json().createArrayNode();
                for (KeychainRef ref : service.list()) {
                    array.addObject().put("name", ref.name()).put("path", ref.file().toString())
                            .put("default", def.map(ref::equals).orElse(false));
                }
                root.context.out().println(array.toPrettyString());
            } else {
                for (KeychainRef ref : service.list()) {
                    root.context.out().printf("%s %s\t%s%n", def.map(ref::equals).orElse(false) ? "*" : " ",
                            ref.name(), ref.file());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "default-keychain", description = "Show the default keychain, or make NAME the default.")
    static final class Default implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Parameters(paramLabel = "NAME|PATH", arity = "0..1") String name;

        @Override
        public Integer call() throws LatchkeyException {
            KeychainService service = root.context.service();
            if (name != null) {
                service.setDefaultKeychain(service.resolve(name));
            } else {
                KeychainRef ref = service.requireDefault();
                if (root.json) {
                    root.context.out().println(CliContext.json().createObjectNode().put("name", ref.name())
                            .put("path", ref.file().toString()).toPrettyString());
                } else {
                    root.context.out().println(ref.name());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "set-keychain-password", description = "Change a keychain's password. The old one comes "
            + "from --password-file or is asked for; the new one from --new-password-file or is asked for twice.")
    static final class SetPassword implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Parameters(paramLabel = "NAME|PATH", arity = "0..1") String name;
        @Option(names = "--new-password-file", paramLabel = "FILE") Path newPasswordFile;

        @Override
        public Integer call() throws LatchkeyException {
            KeychainRef ref = root.keychainRef(name);
            char[] old = root.password(ref);
            char[] next = null;
            try {
                next = root.newPassword(newPasswordFile, "keychain \"" + ref.name() + "\"");
                root.context.service().changePassword(ref, old, next);
            } finally {
                Wipe.chars(old, next);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show-keychain-info", description = "Show a keychain's format, key derivation and item count "
            + "(no password needed); --settings also unlocks it to show its lock settings. Supports --json.")
    static final class ShowInfo implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Parameters(paramLabel = "NAME|PATH", arity = "0..1") String name;
        @Option(names = "--settings", description = "Also show the auto-lock settings (needs the password).")
        boolean settings;

        @Override
        public Integer call() throws LatchkeyException {
            KeychainRef ref = root.keychainRef(name);
            KeychainDescription d = root.context.service().describe(ref);
            KeychainSettings s = null;
            if (settings) {
                Keychain k = root.unlock(ref);
                s = k.settings();
            }
            if (root.json) {
                ObjectNode o = CliContext.json().createObjectNode().put("name", ref.name())
                        .put("path", ref.file().toString()).put("id", d.keychainId().toString())
                        .put("formatVersion", d.formatVersion()).put("schemaVersion", d.schemaVersion())
                        .put("items", d.itemCount()).put("fileSize", d.fileSize()).put("default", d.isDefault())
                        .put("unlocked", d.lockState() == LockState.UNLOCKED);
                o.putObject("kdf").put("algorithm", "Argon2id").put("memoryKiB", d.kdf().memoryKiB())
                        .put("iterations", d.kdf().iterations()).put("parallelism", d.kdf().parallelism());
                if (s != null) {
                    o.put("autoLockMinutes", s.autoLockMinutes()).put("lockOnSleep", s.lockOnSleep());
                }
                root.context.out().println(o.toPrettyString());
            } else {
                var out = root.context.out();
                out.printf("Keychain \"%s\"%s%n", ref.name(), d.isDefault() ? " (default)" : "");
                out.printf("  file:           %s (%,d bytes)%n", ref.file(), d.fileSize());
                out.printf("  items:          %,d%n", d.itemCount());
                out.printf("  state:          %s%n", d.lockState() == LockState.UNLOCKED
                        ? "unlocked (in the running Latchkey)" : "locked");
                out.printf("  format:         version %d, schema %d%n", d.formatVersion(), d.schemaVersion());
                out.printf("  key derivation: Argon2id, %d MiB, %d iterations, %d lanes%n",
                        d.kdf().memoryKiB() / 1024, d.kdf().iterations(), d.kdf().parallelism());
                if (s != null) {
                    out.printf("  auto-lock:      %s%n", s.autoLockMinutes() == 0 ? "never"
                            : "after " + s.autoLockMinutes() + " idle minutes");
                    out.printf("  lock on sleep:  %s%n", s.lockOnSleep() ? "yes" : "no");
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "set-keychain-settings", description = "Set when a keychain locks itself in the Latchkey window.")
    static final class SetSettings implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Parameters(paramLabel = "NAME|PATH", arity = "0..1") String name;
        @Option(names = {"-t", "--auto-lock"}, paramLabel = "MINUTES",
                description = "Lock after MINUTES without input (0 = never).")
        Integer minutes;
        @Option(names = {"-l", "--lock-on-sleep"}, negatable = true, description = "Lock when the computer sleeps.")
        Boolean lockOnSleep;

        @Override
        public Integer call() throws LatchkeyException {
            Keychain k = root.unlock(root.keychainRef(name));
            KeychainSettings current = k.settings();
            int m = minutes == null ? current.autoLockMinutes() : minutes;
            if (m < 0 || m > KeychainSettings.MAX_AUTO_LOCK_MINUTES) {
                throw new LatchkeyException(dev.latchkey.model.Status.PARAM,
                        "auto-lock must be between 0 and " + KeychainSettings.MAX_AUTO_LOCK_MINUTES + " minutes");
            }
            k.updateSettings(new KeychainSettings(m, lockOnSleep == null ? current.lockOnSleep() : lockOnSleep));
            return ExitCodes.OK;
        }
    }
}
