package dev.latchkey.app.cli;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.Keychain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** add/find/delete for generic (application) and internet passwords, after security(1). */
final class PasswordCommands {
    private PasswordCommands() {
    }

    /** What every add-*-password command shares. */
    abstract static class AddPassword implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Mixin ItemFields.Extra extra;
        @Option(names = "-w", paramLabel = "PASSWORD|-",
                description = "The password; - reads it from standard input; leave out to be asked for it.")
        String password;
        @Option(names = "-U", description = "Update the item if it already exists.") boolean update;

        abstract ItemFields.Selector fields();

        abstract void require() throws LatchkeyException;

        @Override
        public Integer call() throws LatchkeyException {
            require();
            Keychain k = root.unlock(root.keychainRef(null));
            try (Secret secret = ItemActions.secret(root, password, true, "the new item")) {
                var id = ItemActions.add(k, fields().itemClass(), extra.applyTo(fields().attributes()).build(),
                        secret, update);
                if (root.json) {
                    root.context.out().println(CliContext.JSON.createObjectNode().put("id", id.toString())
                            .toPrettyString());
                }
            }
            return ExitCodes.OK;
        }
    }

    /** What every find-*-password command shares. */
    abstract static class FindPassword implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Option(names = "-w", description = "Print only the password.") boolean passwordOnly;
        @Option(names = "-g", description = "Also print the password.") boolean withPassword;
        @Option(names = "--all", description = "Print every match, not just the first.") boolean all;

        abstract ItemFields.Selector fields();

        @Override
        public Integer call() throws LatchkeyException {
            Keychain k = root.unlock(root.keychainRef(null));
            ItemActions.print(root, k, ItemActions.find(k, fields().query()), all, passwordOnly, withPassword);
            return ExitCodes.OK;
        }
    }

    abstract static class DeletePassword implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Option(names = "--all", description = "Delete every match, not just the first.") boolean all;

        abstract ItemFields.Selector fields();

        @Override
        public Integer call() throws LatchkeyException {
            Keychain k = root.unlock(root.keychainRef(null));
            ItemActions.delete(root, k, fields(), all);
            return ExitCodes.OK;
        }
    }

    @Command(name = "add-generic-password", description = "Add an application password (-s and -a required).")
    static final class AddGeneric extends AddPassword {
        @Mixin ItemFields.Generic fields;

        @Override
        ItemFields.Selector fields() {
            return fields;
        }

        @Override
        void require() throws LatchkeyException {
            if (fields.service == null || fields.account == null) {
                throw new LatchkeyException(Status.PARAM, "add-generic-password needs -s SERVICE and -a ACCOUNT");
            }
        }
    }

    @Command(name = "find-generic-password", description = "Find an application password. Supports --json.")
    static final class FindGeneric extends FindPassword {
        @Mixin ItemFields.Generic fields;

        @Override
        ItemFields.Selector fields() {
            return fields;
        }
    }

    @Command(name = "delete-generic-password", description = "Delete an application password.")
    static final class DeleteGeneric extends DeletePassword {
        @Mixin ItemFields.Generic fields;

        @Override
        ItemFields.Selector fields() {
            return fields;
        }
    }

    @Command(name = "add-internet-password", description = "Add an Internet password (-s and -a required).")
    static final class AddInternet extends AddPassword {
        @Mixin ItemFields.Internet fields;

        @Override
        ItemFields.Selector fields() {
            return fields;
        }

        @Override
        void require() throws LatchkeyException {
            if (fields.server == null || fields.account == null) {
                throw new LatchkeyException(Status.PARAM, "add-internet-password needs -s SERVER and -a ACCOUNT");
            }
            if (fields.port != null && (fields.port < 0 || fields.port > 65535)) {
                throw new LatchkeyException(Status.PARAM, "port must be between 0 and 65535");
            }
        }
    }

    @Command(name = "find-internet-password", description = "Find an Internet password. Supports --json.")
    static final class FindInternet extends FindPassword {
        @Mixin ItemFields.Internet fields;

        @Override
        ItemFields.Selector fields() {
            return fields;
        }
    }

    @Command(name = "delete-internet-password", description = "Delete an Internet password.")
    static final class DeleteInternet extends DeletePassword {
        @Mixin ItemFields.Internet fields;

        @Override
        ItemFields.Selector fields() {
            return fields;
        }
    }
}
