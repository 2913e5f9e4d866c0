package dev.latchkey.app.service;

import dev.latchkey.app.cli.Cli;
import dev.latchkey.app.cli.CliContext;
import dev.latchkey.model.keychain.KeychainService;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * One {@code latchkey} command sent by a client, run in the service against the keychains it
 * holds: the same picocli commands as in a process of their own, with the client's arguments,
 * working folder, standard streams and terminal. A malformed request gets a usage error and
 * the connection is closed; nothing runs.
 */
final class CommandSession {
    private static final System.Logger LOG = System.getLogger(CommandSession.class.getName());
    static final Duration REQUEST_WAIT = Duration.ofSeconds(5);
    /** How long a command waits for the person at the client's terminal (a password, typed input). */
    static final Duration ANSWER_WAIT = Duration.ofMinutes(10);

    private final FrameChannel frames;
    private final KeychainService service;
    private final Supplier<List<String>> facts;

    CommandSession(FrameChannel frames, KeychainService service, Supplier<List<String>> facts) {
        this.frames = frames;
        this.service = service;
        this.facts = facts;
    }

    void run() throws IOException {
        CommandRequest request;
        try {
            FrameChannel.Frame frame = frames.read(REQUEST_WAIT, CommandRequest.MAX_BYTES);
            if (frame.type() != Wire.REQUEST) {
                throw new IllegalArgumentException("the first frame is not a command");
            }
            request = CommandRequest.decode(frame.payload());
        } catch (IllegalArgumentException | IOException e) {
            LOG.log(System.Logger.Level.INFO, "refused a malformed command request: " + e.getMessage());
            refuse("malformed request: " + e.getMessage());
            return;
        }
        PrintStream out = new PrintStream(new RemoteOutput(frames, Wire.OUTPUT), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new RemoteOutput(frames, Wire.ERROR_OUTPUT), false, StandardCharsets.UTF_8);
        CliContext context = CliContext.forClient(new RemoteInput(frames, ANSWER_WAIT), out, err, service,
                new RemotePrompt(frames, ANSWER_WAIT), Path.of(request.workingDirectory()), request.debug(), facts);
        int code = new Cli(context).execute(request.arguments().toArray(String[]::new));
        out.flush();
        err.flush();
        if (out.checkError() || err.checkError()) {
            return; // the client went away; nothing to tell it
        }
        exit(code);
    }

    private void refuse(String reason) throws IOException {
        byte[] line = ("latchkey: PARAM: " + reason.replaceAll("\\p{Cntrl}", " ") + "\n").getBytes(StandardCharsets.UTF_8);
        frames.write(Wire.ERROR_OUTPUT, line);
        exit(dev.latchkey.app.cli.ExitCodes.USAGE);
    }

    private void exit(int code) throws IOException {
        frames.write(Wire.EXIT, ByteBuffer.allocate(4).putInt(code).array());
    }
}
