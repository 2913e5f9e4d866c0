package dev.latchkey.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.instance.Claim;
import dev.latchkey.app.instance.InstanceServer;
import dev.latchkey.app.instance.LineChannel;
import dev.latchkey.app.instance.SocketPath;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.settings.LatchkeyHome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands sent to the running service over its real socket, by the real client: output,
 * exit codes, password prompts and standard input relayed; unlocked keychains answer without
 * the password; bad input on the socket gets an error reply and never stops the service.
 */
class CommandSessionTest {
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path home;
    @TempDir
    Path work;

    private KeychainService service;
    private InstanceServer server;
    private CommandSessions sessions;
    private final AtomicInteger activity = new AtomicInteger();
    private final List<String> prompts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws Exception {
        service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, Clock.systemUTC());
        service.create("login", PASSWORD.toCharArray());
        Claim claim = InstanceServer.claim(socket());
        server = ((Claim.Serving) claim).server();
        sessions = new CommandSessions(service, activity::incrementAndGet, () -> List.of("Latchkey service: a test"));
        server.serveCommandsWith(sessions);
        Files.writeString(work.resolve("pw"), PASSWORD + "\n");
    }

    @AfterEach
    void stop() {
        server.close();
        sessions.close();
        service.close();
    }

    private SocketPath socket() {
        return SocketPath.in(new LatchkeyHome(home));
    }

    /** What one command run through the service printed and returned. */
    private record Run(int code, String out, String err) {
    }

    private Run run(String stdin, String answer, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandClient client = new CommandClient(socket(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                out, new PrintStream(err, true, StandardCharsets.UTF_8), text -> {
                    prompts.add(text);
                    if (answer == null) {
                        throw new LatchkeyException(Status.PARAM, "no terminal to ask for the password");
                    }
                    return answer.toCharArray();
                });
        OptionalInt code = client.run(List.of(args), work, false);
        assertThat(code).as("the service ran the command").isPresent();
        return new Run(code.getAsInt(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCommandRunsInTheServiceWithTheClientsFilesStreamsAndExitCode() throws Exception {
        // The password file is named relative to the client's folder, not the service's.
        Run add = run("s3cret\n", null, "add-generic-password", "-s", "mail", "-a", "alice", "-w", "-",
                "--password-file", "pw");
        assertThat(add).isEqualTo(new Run(0, "", ""));
        Run found = run("", null, "find-generic-password", "-s", "mail", "-w", "--password-file", "pw");
        assertThat(found).isEqualTo(new Run(0, "s3cret\n", ""));
        Run missing = run("", null, "find-generic-password", "-s", "nothing", "--password-file", "pw");
        assertThat(missing.code()).isEqualTo(44);
        assertThat(missing.err()).isEqualTo("latchkey: ITEM_NOT_FOUND: The specified item could not be found "
                + "in the keychain.\n");
        assertThat(run("", null, "no-such-command").code()).isEqualTo(2);
        assertThat(activity.get()).isPositive();
        assertThat(service.unlocked(service.list().get(0))).as("locked again after each command").isEmpty();
    }

    @Test
    void thePasswordIsAskedAtTheClientsTerminalAndAWrongOneIsRefused() {
        Run wrong = run("", "not it", "dump-keychain");
        assertThat(wrong.code()).isEqualTo(51);
        assertThat(wrong.err()).isEqualTo("latchkey: AUTH_FAILED: The password is not correct.\n");
        assertThat(prompts).containsExactly("Password for keychain \"login\": ");
        assertThat(run("", PASSWORD, "dump-keychain").code()).isZero();
        Run noTerminal = run("", null, "dump-keychain");
        assertThat(noTerminal.code()).isEqualTo(2);
        assertThat(noTerminal.err()).isEqualTo("latchkey: PARAM: no terminal to ask for the password\n");
    }

    @Test
    void aKeychainUnlockedInTheServiceAnswersWithoutThePasswordUntilLocked() throws Exception {
        assertThat(run("", PASSWORD, "unlock").code()).isZero();
        KeychainRef login = service.list().get(0);
        assertThat(service.unlocked(login)).isPresent();
        prompts.clear();
        assertThat(run("", null, "add-generic-password", "-s", "mail", "-a", "a", "-w", "pw1").code()).isZero();
        assertThat(run("", null, "find-generic-password", "-s", "mail", "-w")).isEqualTo(new Run(0, "pw1\n", ""));
        assertThat(run("", null, "show-keychain-info").out()).contains("state:          unlocked");
        assertThat(run("", null, "status").out()).isEqualTo("Latchkey service: a test\nUnlocked keychains: login\n");
        assertThat(prompts).isEmpty();
        // Revealing every secret at once still asks.
        Run dump = run("", null, "dump-keychain", "-d");
        assertThat(dump.code()).isEqualTo(2);
        assertThat(prompts).hasSize(1);

        assertThat(run("", null, "lock").code()).isZero();
        assertThat(service.unlocked(login)).isEmpty();
        assertThat(run("", null, "find-generic-password", "-s", "mail", "-w").code()).isEqualTo(2);
    }

    @Test
    void aUserLockingWhileCommandsRunChangesNothingForCommandsWithAPassword() throws Exception {
        KeychainRef login = service.list().get(0);
        service.unlock(login, PASSWORD.toCharArray());
        List<Thread> writers = new ArrayList<>();
        List<Integer> codes = new CopyOnWriteArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            writers.add(new Thread(() -> {
                for (int n = 0; n < 5; n++) {
                    codes.add(run("", null, "add-generic-password", "-s", "w" + writer, "-a", "n" + n, "-w", "x",
                            "--password-file", "pw").code());
                }
            }));
        }
        writers.forEach(Thread::start);
        Thread.sleep(300);
        service.lock(login);
        for (Thread t : writers) {
            t.join();
        }
        assertThat(codes).hasSize(15).containsOnly(0);
        assertThat(run("", null, "dump-keychain", "--password-file", "pw").out().split("class: \"genp\"", -1))
                .hasSize(16);
    }

    @Test
    void malformedRequestsGetAnErrorAndTheServiceGoesOn() throws Exception {
        // Not a frame at all, a frame over the cap, a wrong first frame, bad UTF-8, a relative folder.
        assertThat(raw(new byte[] {1, 2, 3})).contains("latchkey: PARAM: malformed request");
        assertThat(raw(frame('A', 0x7fffffff, new byte[0]))).contains("over the 262144 allowed");
        assertThat(raw(frame('O', 3, "abc".getBytes(StandardCharsets.UTF_8)))).contains("not a command");
        byte[] badUtf8 = request("/tmp", new byte[] {(byte) 0xff, (byte) 0xfe});
        assertThat(raw(frame('A', badUtf8.length, badUtf8))).contains("not UTF-8");
        byte[] relative = new CommandRequest("here", List.of("--version"), false).encode();
        assertThat(raw(frame('A', relative.length, relative))).contains("not an absolute path");
        byte[] cut = new CommandRequest("/tmp", List.of("dump-keychain"), false).encode();
        assertThat(raw(frame('A', cut.length - 3, java.util.Arrays.copyOf(cut, cut.length - 3))))
                .contains("a string longer than the request");
        // A client that connects and says nothing is cut off; the service still answers the next.
        assertThat(raw(new byte[0])).contains("malformed request");
        assertThat(run("", null, "find-generic-password", "-s", "x", "--password-file", "pw").code()).isEqualTo(44);
    }

    @Test
    void aClientOfAnotherUserGetsNothing() throws Exception {
        run("s3cret\n", null, "add-generic-password", "-s", "mail", "-a", "a", "-w", "-", "--password-file", "pw");
        assertThat(run("", PASSWORD, "unlock").code()).isZero();
        server.acceptPeersWhere(user -> false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OptionalInt code = new CommandClient(socket(), new ByteArrayInputStream(new byte[0]), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), text -> new char[0])
                .run(List.of("find-generic-password", "-s", "mail", "-w"), work, false);
        assertThat(code).hasValue(1);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("latchkey: SERVICE_NOT_AVAILABLE: the Latchkey "
                + "service refused the command: this Latchkey belongs to another user\n");
    }

    /** Opens a command session and sends {@code bytes} after its request line; all the service sent back. */
    private String raw(byte[] bytes) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(socket().address());
            LineChannel line = new LineChannel(channel);
            line.write(InstanceServer.COMMAND_SESSION);
            assertThat(line.read(10, Duration.ofSeconds(5))).isEqualTo("ok");
            channel.write(ByteBuffer.wrap(bytes));
            FrameChannel frames = new FrameChannel(channel);
            StringBuilder seen = new StringBuilder();
            while (true) {
                FrameChannel.Frame f = frames.read(Duration.ofSeconds(10), Wire.MAX_CHUNK);
                if (f.type() == Wire.EXIT) {
                    seen.append("[exit ").append(ByteBuffer.wrap(f.payload()).getInt()).append("]");
                    return seen.toString();
                }
                seen.append(new String(f.payload(), StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] frame(char type, int length, byte[] payload) {
        return ByteBuffer.allocate(5 + payload.length).put((byte) type).putInt(length).put(payload).array();
    }

    /** A request whose one argument is the given raw bytes. */
    private static byte[] request(String cwd, byte[] argument) {
        byte[] dir = cwd.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(2 + 1 + 2 + 4 + dir.length + 4 + argument.length).putShort((short) 1).put((byte) 0)
                .putShort((short) 1).putInt(dir.length).put(dir).putInt(argument.length).put(argument).array();
    }
}
