package dev.latchkey.app.cli;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Secure notes: a name and sealed text. */
final class NoteCommands {
    private NoteCommands() {
    }

    /** The note's name as the selector. */
    static final class Fields implements ItemFields.Selector {
        @Option(names = "-l", paramLabel = "NAME", description = "The note's name.") String label;

        @Override
        public ItemClass itemClass() {
            return ItemClass.SECURE_NOTE;
        }

        @Override
        public List<Object[]> values() {
            return List.<Object[]>of(new Object[] {Attribute.LABEL, label});
        }
    }

    @Command(name = "add-note", description = "Add a secure note (-l required).")
    static final class Add implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Mixin Fields fields;
        @Mixin ItemFields.Extra extra;
        @Option(names = "-w", paramLabel = "TEXT|-", description = "The note text; - reads it from standard input.")
        String text;
        @Option(names = "-U", description = "Replace the note if one with this name exists.") boolean update;

        @Override
        public Integer call() throws LatchkeyException {
            if (fields.label == null) {
                throw new LatchkeyException(dev.latchkey.model.Status.PARAM, "add-note needs -l NAME");
            }
            Keychain k = root.unlock(root.keychainRef(null));
            try (Secret secret = ItemActions.secret(root, text, false, "the note")) {
                ItemAttributes a = extra.applyTo(fields.attributes()).build();
                var id = ItemActions.add(k, ItemClass.SECURE_NOTE, a, secret, update);
                if (root.json) {
                    root.context.out().println(CliContext.json().createObjectNode().put("id", id.toString())
                            .toPrettyString());
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "find-note", description = "Find a secure note. Supports --json.")
    static final class Find implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Mixin Fields fields;
        @Option(names = "-w", description = "Print only the note text.") boolean textOnly;
        @Option(names = "-g", description = "Also print the note text.") boolean withText;
        @Option(names = "--all", description = "Print every match.") boolean all;

        @Override
        public Integer call() throws LatchkeyException {
            Keychain k = root.unlock(root.keychainRef(null));
            ItemActions.print(root, k, ItemActions.find(k, fields.query()), all, textOnly, withText);
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete-note", description = "Delete a secure note.")
    static final class Delete implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Mixin Fields fields;

        @Override
        public Integer call() throws LatchkeyException {
            Keychain k = root.unlock(root.keychainRef(null));
            ItemActions.delete(root, k, fields, false);
            return ExitCodes.OK;
        }
    }
}
