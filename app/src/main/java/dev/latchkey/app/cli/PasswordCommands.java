package dev.latchkey.app.cli;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemProblem;
import dev.latchkey.model.item.ItemRules;
import dev.latchkey.model.keychain.Keychain;
import java.util.List;
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

        /** What the command needs, as its error says it: "add-generic-password needs -s SERVICE and -a ACCOUNT". */
        abstract String needs();

        abstract String account();

        @Override
        public Integer call() throws LatchkeyException {
            ItemAttributes attributes = extra.applyTo(fields().attributes()).build();
            check(attributes);
            Keychain k = root.unlock(root.keychainRef(null));
            try (Secret secret = ItemActions.secret(root, password, true, "the new item")) {
                var id = ItemActions.add(k, fields().itemClass(), attributes, secret, update);
                if (root.json) {
                    root.context.out().println(CliContext.json().createObjectNode().put("id", id.toString())
                            .toPrettyString());
                }
            }
            return ExitCodes.OK;
        }

        /**
         * Refuses, before asking for a password, what the keychain would refuse (its
         * {@link ItemRules}, in the command's options) and an item without an account.
         */
        private void check(ItemAttributes attributes) throws LatchkeyException {
            if (account() == null) {
                throw new LatchkeyException(Status.PARAM, needs());
            }
            List<ItemProblem> problems = ItemRules.problems(fields().itemClass(), attributes, 0);
            if (!problems.isEmpty()) {
                ItemProblem first = problems.get(0);
                throw new LatchkeyException(Status.PARAM, switch (first.code()) {
                    case MISSING -> needs();
                    case OUT_OF_RANGE -> "-P PORT must be between 0 and " + ItemRules.MAX_PORT;
                    default -> first.describe();
                });
            }
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
        String needs() {
            return "add-generic-password needs -s SERVICE and -a ACCOUNT";
        }

        @Override
        String account() {
            return fields.account;
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
        String needs() {
            return "add-internet-password needs -s SERVER and -a ACCOUNT";
        }

        @Override
        String account() {
            return fields.account;
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
