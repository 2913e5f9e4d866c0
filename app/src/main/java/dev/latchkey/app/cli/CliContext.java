package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.latchkey.model.keychain.KeychainService;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/** What a command runs against: standard streams, the keychain service and a password prompt. */
public final class CliContext {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<KeychainService> serviceFactory;
    private final PasswordPrompt prompt;
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

    void close() {
        if (service != null) {
            service.close();
        }
    }
}
