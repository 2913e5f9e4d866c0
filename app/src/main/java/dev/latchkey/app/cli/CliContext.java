package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainLease;
import dev.latchkey.model.keychain.KeychainService;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a command runs against: standard streams, the keychain service and a password prompt,
 * and the keychains the command holds until it ends.
 */
public final class CliContext {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<KeychainService> serviceFactory;
    private final PasswordPrompt prompt;
    private final List<KeychainLease> leases = new ArrayList<>();
    private KeychainService service;

    public CliContext(InputStream in, PrintStream out, PrintStream err, Supplier<KeychainService> serviceFactory,
            PasswordPrompt prompt) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.serviceFactory = serviceFactory;
        this.prompt = prompt;
    }

    public static CliContext standard() {
        return new CliContext(System.in, System.out, System.err, KeychainService::forUser,
                new TerminalPasswordPrompt());
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    PasswordPrompt prompt() {
        return prompt;
    }

    /** Created on first use, so commands that need no keychain never touch the data folder. */
    KeychainService service() {
        if (service == null) {
            service = serviceFactory.get();
        }
        return service;
    }

    /** Keeps the keychain for the rest of the command; returns it. */
    Keychain hold(KeychainLease lease) {
        leases.add(lease);
        return lease.keychain();
    }

    /** The command ended: lets go of its keychains, which lock again unless the user has them unlocked. */
    void close() {
        leases.forEach(KeychainLease::close);
        leases.clear();
        if (service != null) {
            service.close();
        }
    }
}
