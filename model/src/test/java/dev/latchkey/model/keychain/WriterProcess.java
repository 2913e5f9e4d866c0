package dev.latchkey.model.keychain;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.settings.LatchkeyHome;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * A second Latchkey process for tests: unlocks a keychain and adds items in a loop, printing
 * each write only after it returned. Output lines: {@code READY}; {@code ADDED <id> <n>};
 * {@code UPDATED <n>}; {@code DONE}; then, after {@code CHECK} on standard input,
 * {@code SEES <id>} for every item it sees and {@code END}. A failure prints
 * {@code ERROR <status> <message>} and exits with 3.
 *
 * <p>Arguments: home, keychain name, prefix (the service of its items), how many items to add
 * (0: until killed), and optionally the id of an item to update (and read back) after each add
 * and the word {@code turns}: then each add (with its update) unlocks the keychain for itself
 * and locks it again, as one command-line call without a running service does.
 */
public final class WriterProcess {
    private WriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path home = Path.of(args[0]);
        String prefix = args[2];
        int count = Integer.parseInt(args[3]);
        UUID shared = args.length > 4 ? UUID.fromString(args[4]) : null;
        KeychainService service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, Clock.systemUTC());
        if (args.length > 5 && args[5].equals("turns")) {
            takeTurns(service, service.resolve(args[1]), prefix, count, shared, out);
            return;
        }
        try (Keychain k = service.unlock(service.resolve(args[1]), Fixtures.PASSWORD)) {
            out.println("READY");
            for (int n = 0; count == 0 || n < count; n++) {
                try (Secret s = Fixtures.secret(secretOf(prefix, n))) {
                    UUID id = k.add(ItemClass.GENERIC_PASSWORD, Fixtures.generic(prefix, Integer.toString(n)), s);
                    out.println("ADDED " + id + " " + n);
                }
                if (shared != null) {
                    Item item = k.get(shared).orElseThrow();
                    k.update(shared, item.attributes().toBuilder().set(Attribute.COMMENT, prefix + " " + n).build(), null);
                    out.println("UPDATED " + n);
                    k.readSecret(shared).close();
                }
            }
            out.println("DONE");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if ("CHECK".equals(in.readLine())) {
                k.refresh();
                for (Item item : k.items()) {
                    out.println("SEES " + item.id());
                }
                out.println("END");
            }
        } catch (LatchkeyException e) {
            out.println("ERROR " + e.status() + " " + e.getMessage());
            System.exit(3);
        }
        System.exit(0);
    }

    private static void takeTurns(KeychainService service, KeychainRef ref, String prefix, int count, UUID shared,
            PrintStream out) throws java.io.IOException {
        try {
            out.println("READY");
            for (int n = 0; n < count; n++) {
                try (KeychainLease lease = service.lease(ref, Fixtures.PASSWORD::clone);
                        Secret s = Fixtures.secret(secretOf(prefix, n))) {
                    Keychain k = lease.keychain();
                    UUID id = k.add(ItemClass.GENERIC_PASSWORD, Fixtures.generic(prefix, Integer.toString(n)), s);
                    out.println("ADDED " + id + " " + n);
                    String comment = prefix + " " + n;
                    k.modify(shared, a -> a.toBuilder().set(Attribute.COMMENT, comment).build());
                    out.println("UPDATED " + n);
                }
            }
            out.println("DONE");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if ("CHECK".equals(in.readLine())) {
                try (KeychainLease lease = service.lease(ref, Fixtures.PASSWORD::clone)) {
                    for (Item item : lease.keychain().items()) {
                        out.println("SEES " + item.id());
                    }
                }
                out.println("END");
            }
        } catch (LatchkeyException e) {
            out.println("ERROR " + e.status() + " " + e.getMessage());
            System.exit(3);
        }
        System.exit(0);
    }

    static String secretOf(String prefix, int n) {
        return "secret of " + prefix + " " + n;
    }
}
