package dev.latchkey.app.instance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.model.settings.LatchkeyHome;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The channel to the running window over real Unix domain sockets in a temp data folder. */
class InstanceServerTest {
    @TempDir
    Path home;

    private final List<InstanceServer> servers = new ArrayList<>();
    private final List<WindowRequest> handled = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeServers() {
        servers.forEach(InstanceServer::close);
    }

    private SocketPath socket() {
        return SocketPath.in(new LatchkeyHome(home));
    }

    private InstanceServer serve(Duration readTimeout) {
        Claim claim = InstanceServer.claim(socket(), readTimeout);
        assertThat(claim).isInstanceOf(Claim.Serving.class);
        InstanceServer server = ((Claim.Serving) claim).server();
        servers.add(server);
        return server;
    }

    private InstanceServer serve() {
        return serve(InstanceServer.READ_TIMEOUT);
    }

    private Delivery send(WindowRequest request) {
        return new InstanceClient(socket()).send(request);
    }

    /** Sends raw bytes (no line end added) and returns the server's answer line. */
    private String exchange(String raw) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(socket().address());
            channel.write(ByteBuffer.wrap(raw.getBytes(StandardCharsets.ISO_8859_1)));
            return new LineChannel(channel).read(200, Duration.ofSeconds(5));
        }
    }

    @Test
    void deliversQuickFillAndShowToTheHandler() {
        serve().handleWith(handled::add);

        assertThat(send(WindowRequest.QUICK_FILL)).isEqualTo(new Delivery(Delivery.Outcome.DELIVERED, ""));
        assertThat(send(WindowRequest.SHOW).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);

        assertThat(handled).containsExactly(WindowRequest.QUICK_FILL, WindowRequest.SHOW);
    }

    @Test
    void requestsBeforeTheWindowIsReadyWaitForTheHandlerInOrder() {
        InstanceServer server = serve();

        assertThat(send(WindowRequest.QUICK_FILL).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(send(WindowRequest.SHOW).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(handled).isEmpty();

        server.handleWith(handled::add);
        assertThat(handled).containsExactly(WindowRequest.QUICK_FILL, WindowRequest.SHOW);
        assertThat(send(WindowRequest.QUICK_FILL).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(handled).containsExactly(WindowRequest.QUICK_FILL, WindowRequest.SHOW, WindowRequest.QUICK_FILL);
    }

    @Test
    void earlyRequestsAreCapped() {
        serve();
        for (int i = 0; i < InstanceServer.MAX_WAITING; i++) {
            assertThat(send(WindowRequest.SHOW).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        }
        Delivery refused = send(WindowRequest.SHOW);
        assertThat(refused.outcome()).isEqualTo(Delivery.Outcome.FAILED);
        assertThat(refused.reason()).isEqualTo(
                "the Latchkey window refused the request: too many requests before the window is ready");
    }

    @Test
    void unknownRequestGetsAnErrorAndNeverReachesTheHandler() throws Exception {
        serve().handleWith(handled::add);

        assertThat(exchange("open-everything\n")).isEqualTo("error unknown request");
        assertThat(exchange("QUICK-FILL\n")).isEqualTo("error unknown request");
        assertThat(exchange("quick-fill extra\n")).isEqualTo("error unknown request");
        assertThat(exchange("quick-\u00e9\n")).isEqualTo("error unknown request");
        assertThat(handled).isEmpty();
        assertThat(exchange("quick-fill\r\n")).as("a CR LF line end is fine").isEqualTo("ok");
        assertThat(handled).containsExactly(WindowRequest.QUICK_FILL);
    }

    @Test
    void overLongLineIsRefusedAndTheServerGoesOn() throws Exception {
        serve().handleWith(handled::add);

        assertThat(exchange("q".repeat(InstanceServer.MAX_REQUEST_BYTES + 1))).isEqualTo("error request too long");
        assertThat(exchange("show".repeat(1000) + "\n")).isEqualTo("error request too long");
        assertThat(handled).isEmpty();
        assertThat(send(WindowRequest.SHOW).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
    }

    @Test
    void silentClientIsDroppedAfterTheReadTimeout() throws Exception {
        serve(Duration.ofMillis(200)).handleWith(handled::add);

        assertThat(exchange("")).isEqualTo("error no request within 200 ms");
        assertThat(send(WindowRequest.QUICK_FILL).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(handled).containsExactly(WindowRequest.QUICK_FILL);
    }

    @Test
    void handlerFailureIsAnErrorAnswer() {
        serve().handleWith(r -> {
            throw new IllegalStateException("toolkit has exited");
        });
        Delivery d = send(WindowRequest.SHOW);
        assertThat(d.outcome()).isEqualTo(Delivery.Outcome.FAILED);
        assertThat(d.reason()).isEqualTo("the Latchkey window refused the request: the window could not take the request");
    }

    @Test
    void socketIsOwnerOnlyAndTheFolderIsNarrowedToTheOwner() throws Exception {
        Assumptions.assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));

        serve();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket().file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
    }

    @Test
    void missingDataFolderIsCreatedOwnerOnly() throws Exception {
        Assumptions.assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path fresh = home.resolve("new-home");
        Claim claim = InstanceServer.claim(SocketPath.in(new LatchkeyHome(fresh)));
        assertThat(claim).isInstanceOf(Claim.Serving.class);
        servers.add(((Claim.Serving) claim).server());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
    }

    @Test
    void staleSocketOfACrashedWindowIsReplaced() throws Exception {
        try (ServerSocketChannel crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            crashed.bind(socket().address());
        }
        assertThat(socket().file()).exists();
        assertThat(send(WindowRequest.SHOW).outcome()).as("nothing answers there").isEqualTo(Delivery.Outcome.NOT_RUNNING);

        serve().handleWith(handled::add);

        assertThat(send(WindowRequest.SHOW).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(handled).containsExactly(WindowRequest.SHOW);
    }

    @Test
    void regularFileInTheWayIsLeftAlone() throws Exception {
        Files.writeString(socket().file(), "not a socket");

        Claim claim = InstanceServer.claim(socket());

        assertThat(claim).isInstanceOf(Claim.Unavailable.class);
        assertThat(((Claim.Unavailable) claim).reason()).endsWith("latchkey.socket exists and is not a socket; move it away");
        assertThat(socket().file()).hasContent("not a socket");
    }

    @Test
    void secondClaimOnTheSameHomeFindsTheRunningWindow() {
        serve().handleWith(handled::add);

        assertThat(InstanceServer.claim(socket())).isInstanceOf(Claim.RunningElsewhere.class);
        assertThat(send(WindowRequest.SHOW).outcome()).as("the first one still serves").isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(handled).containsExactly(WindowRequest.SHOW);
    }

    @Test
    void startsAtTheSameTimeMakeExactlyOneWindow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                claims.add(pool.submit(() -> InstanceServer.claim(socket())));
            }
            int serving = 0;
            for (Future<Claim> f : claims) {
                Claim c = f.get();
                if (c instanceof Claim.Serving s) {
                    servers.add(s.server());
                    serving++;
                } else {
                    assertThat(c).isInstanceOf(Claim.RunningElsewhere.class);
                }
            }
            assertThat(serving).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closeStopsListeningAndDeletesTheSocketFile() {
        InstanceServer server = serve();
        server.close();

        assertThat(socket().file()).doesNotExist();
        assertThat(send(WindowRequest.SHOW)).isEqualTo(new Delivery(Delivery.Outcome.NOT_RUNNING, "Latchkey is not running"));
    }

    @Test
    void closeNeverDeletesANewerWindowsSocket() throws Exception {
        InstanceServer old = serve();
        Files.delete(socket().file());
        serve().handleWith(handled::add);

        old.close();

        assertThat(socket().file()).exists();
        assertThat(send(WindowRequest.SHOW).outcome()).isEqualTo(Delivery.Outcome.DELIVERED);
        assertThat(handled).containsExactly(WindowRequest.SHOW);
    }

    @Test
    void pathTooLongForASocketMeansNoChannelAndAClearReason() {
        Path deep = home.resolve("d".repeat(60)).resolve("e".repeat(60));
        SocketPath tooLong = SocketPath.in(new LatchkeyHome(deep));

        Claim claim = InstanceServer.claim(tooLong);
        Delivery delivery = new InstanceClient(tooLong).send(WindowRequest.QUICK_FILL);

        assertThat(claim).isInstanceOf(Claim.Unavailable.class);
        String reason = ((Claim.Unavailable) claim).reason();
        assertThat(reason).contains(tooLong.file().toString(), "bytes long, over the "
                + SocketPath.limitBytes(System.getProperty("os.name")), "set LATCHKEY_HOME to a shorter folder");
        assertThat(delivery).isEqualTo(new Delivery(Delivery.Outcome.FAILED, reason));
        assertThat(deep).as("nothing was created").doesNotExist();
    }

    @Test
    void socketPathLimitFollowsThePlatform() {
        assertThat(SocketPath.limitBytes("Linux")).isEqualTo(106);
        assertThat(SocketPath.limitBytes("Windows 11")).isEqualTo(106);
        assertThat(SocketPath.limitBytes("Mac OS X")).isEqualTo(102);
        assertThat(SocketPath.limitBytes("FreeBSD")).isEqualTo(102);
    }

    @Test
    void nothingRunsWhereThereIsNoSocket() {
        assertThat(send(WindowRequest.QUICK_FILL).outcome()).isEqualTo(Delivery.Outcome.NOT_RUNNING);
    }
}
