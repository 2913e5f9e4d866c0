package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainLease;
import dev.latchkey.model.keychain.KeychainService;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What a command runs against: standard streams, the keychain service and a password prompt,
 * and the keychains the command holds until it ends.
 */
public final class CliContext {

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<KeychainService> serviceFactory;
    private final PasswordPrompt prompt;
    private final Path workingDirectory;
    private final boolean debug;
    private final boolean serviceShared;
    private final IntSupplier serviceRunner;
    private final Supplier<List<String>> serviceFacts;
    private final List<KeychainLease> leases = new ArrayList<>();
    private KeychainService service;

    /** The JSON mapper, made on first use: a command without --json never loads Jackson's databind. */
    static ObjectMapper json() {
        return Json.MAPPER;
    }

    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public CliContext(InputStream in, PrintStream out, PrintStream err, Supplier<KeychainService> serviceFactory,
            PasswordPrompt prompt) {
        this(in, out, err, serviceFactory, prompt, Path.of("").toAbsolutePath(),
                System.getenv("LATCHKEY_DEBUG") != null, false, CliContext::noService, List::of);
    }

    private CliContext(InputStream in, PrintStream out, PrintStream err, Supplier<KeychainService> serviceFactory,
            PasswordPrompt prompt, Path workingDirectory, boolean debug, boolean serviceShared,
            IntSupplier serviceRunner, Supplier<List<String>> serviceFacts) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.serviceFactory = serviceFactory;
        this.prompt = prompt;
        this.workingDirectory = workingDirectory;
        this.debug = debug;
        this.serviceShared = serviceShared;
        this.serviceRunner = serviceRunner;
        this.serviceFacts = serviceFacts;
    }

    /**
     * A command typed in this process's terminal, run here; {@code serviceRunner} runs the
     * Latchkey service in this process for {@code latchkey daemon} and returns its exit code.
     */
    public static CliContext standard(IntSupplier serviceRunner) {
        return new CliContext(System.in, System.out, System.err, KeychainService::forUser,
                new TerminalPasswordPrompt(), Path.of("").toAbsolutePath(), System.getenv("LATCHKEY_DEBUG") != null,
                false, serviceRunner, List::of);
    }

    private static int noService() {
        throw new IllegalStateException("this context cannot run the Latchkey service");
    }

    /**
     * A command sent by a {@code latchkey} client to the running Latchkey service, run there
     * against the service's keychains (which outlive the command), with the client's streams,
     * terminal and working folder.
     */
    public static CliContext forClient(InputStream in, PrintStream out, PrintStream err, KeychainService shared,
            PasswordPrompt prompt, Path workingDirectory, boolean debug, Supplier<List<String>> serviceFacts) {
        return new CliContext(in, out, err, () -> shared, prompt, workingDirectory, debug, true, CliContext::noService,
                serviceFacts);
    }

    /** What the running service says of itself (which process, the Secret Service), one line each. */
    List<String> serviceFacts() {
        return serviceFacts.get();
    }

    /** Runs the Latchkey service in this process until it stops; its exit code. */
    int runService() {
        return serviceRunner.getAsInt();
    }

    /** Whether the command runs in the Latchkey service (else in a process of its own). */
    boolean inService() {
        return serviceShared;
    }

    boolean debug() {
        return debug;
    }

    /** A path as typed: relative ones mean the folder the command was typed in. */
    Path resolve(String typed) {
        return workingDirectory.resolve(typed);
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

    /**
     * The command ended: lets go of its keychains, which lock again unless the user has them
     * unlocked; a service of the command's own is closed, the running service's stays.
     */
    void close() {
        leases.forEach(KeychainLease::close);
        leases.clear();
        if (service != null && !serviceShared) {
            service.close();
        }
    }
}
