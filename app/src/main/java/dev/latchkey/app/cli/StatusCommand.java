package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code latchkey status}: which Latchkey serves this data folder, and what it has unlocked. */
@Command(name = "status", description = {
    "Show whether a Latchkey service (the window or `latchkey daemon`) serves this data folder, whether it serves "
        + "the Secret Service to other applications, and which keychains it has unlocked. Supports --json."})
final class StatusCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand LatchkeyCommand root;

    @Override
    public Integer call() throws LatchkeyException {
        KeychainService service = root.context.service();
        List<String> facts = root.context.inService() ? root.context.serviceFacts()
                : List.of("No Latchkey service runs for " + service.home().root()
                        + "; each command unlocks the keychain it needs for itself.");
        List<String> unlocked = service.list().stream().filter(r -> service.unlocked(r).isPresent())
                .map(KeychainRef::name).toList();
        if (root.json) {
            ObjectNode o = CliContext.json().createObjectNode().put("serviceRunning", root.context.inService());
            facts.forEach(o.putArray("facts")::add);
            unlocked.forEach(o.putArray("unlocked")::add);
            root.context.out().println(o.toPrettyString());
        } else {
            facts.forEach(root.context.out()::println);
            if (root.context.inService()) {
                root.context.out().println("Unlocked keychains: " + (unlocked.isEmpty() ? "none" : String.join(", ", unlocked)));
            }
        }
        return ExitCodes.OK;
    }
}
