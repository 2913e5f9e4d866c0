package dev.latchkey.app.cli;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "dump-keychain", description = "Print every item's attributes (and with -d its secret). "
        + "Supports --json (an array).")
final class DumpKeychainCommand implements Callable<Integer> {
    @ParentCommand LatchkeyCommand root;
    @Parameters(paramLabel = "NAME|PATH", arity = "0..1") String name;
    @Option(names = "-d", description = "Also print each item's password or note text.") boolean secrets;

    @Override
    public Integer call() throws LatchkeyException {
        Keychain k = secrets ? root.unlockToReveal(root.keychainRef(name)) : root.unlock(root.keychainRef(name));
        List<Item> items = new ArrayList<>(k.items());
        items.sort(Comparator.comparing((Item i) -> i.itemClass().ordinal())
                .thenComparing(Item::displayName, String.CASE_INSENSITIVE_ORDER).thenComparing(Item::id));
        ItemActions.print(root, k, items, true, false, secrets);
        return ExitCodes.OK;
    }
}
