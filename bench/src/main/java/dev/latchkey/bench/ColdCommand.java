package dev.latchkey.bench;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemQuery;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.UnlockReport;
import dev.latchkey.model.settings.LatchkeyHome;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One command in a fresh JVM, as a {@code latchkey} CLI call would do it: read the password
 * from standard input, unlock, do one thing, lock. The parent times the whole process.
 * <pre>ColdCommand HOME KEYCHAIN open | search TERM | show SERVICE ACCOUNT</pre>
 * Prints one line per item found (label, then account for show), like keepassxc-cli, and
 * the unlock split on standard error.
 */
public final class ColdCommand {
    private ColdCommand() {
    }

    public static void main(String[] args) throws Exception {
        KeychainService service = new KeychainService(new LatchkeyHome(Path.of(args[0])), Duration.ZERO,
                Clock.systemUTC());
        KeychainRef ref = service.resolve(args[1]);
        char[] password = readPassword();
        try (Keychain k = service.unlock(ref, password)) {
            Arrays.fill(password, '\0');
            StringBuilder out = new StringBuilder();
            switch (args[2]) {
                case "open" -> {
                }
                case "search" -> k.search(args[3]).forEach(i -> out.append(i.displayName()).append('\n'));
                case "show" -> show(k, args[3], args[4], out);
                default -> throw new IllegalArgumentException("unknown operation " + args[2]);
            }
            System.out.print(out);
            UnlockReport r = k.unlockReport();
            System.err.println("kdf-ns=" + r.keyDerivation().toNanos() + " load-ns=" + r.load().toNanos());
        }
    }

    private static void show(Keychain k, String service, String account, StringBuilder out) throws LatchkeyException {
        List<Item> found = k.find(ItemQuery.of(ItemClass.GENERIC_PASSWORD).where(Attribute.SERVICE, service)
                .where(Attribute.ACCOUNT, account));
        for (Item i : found) {
            for (Attribute a : i.attributes().keys()) {
                out.append(a.jsonName()).append(": ").append(i.attributes().get(a)).append('\n');
            }
        }
    }

    private static char[] readPassword() throws java.io.IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null) {
            throw new IllegalArgumentException("no password on standard input");
        }
        return line.toCharArray();
    }
}
