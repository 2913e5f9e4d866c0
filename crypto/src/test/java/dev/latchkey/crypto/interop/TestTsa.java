package dev.latchkey.crypto.interop;

import com.sun.net.httpserver.HttpServer;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.provider.BouncyCastle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 timestamp authority on loopback for tests ({@code jarsigner -tsa} and
 * {@code latchkey codesign --tsa} use it): Bouncy Castle's response generator behind the JDK's
 * small HTTP server. The time it stamps is the test's to choose.
 */
public final class TestTsa implements AutoCloseable {
    private final HttpServer server;
    private final AtomicLong serial = new AtomicLong(1);
    private volatile Supplier<Instant> clock = Instant::now;

    public TestTsa(Identity tsa) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] response = respond(tsa, in.readAllBytes());
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, response.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response);
                }
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** Stamps this time from now on (default: the real time). */
    public TestTsa at(Instant time) {
        clock = () -> time;
        return this;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private byte[] respond(Identity tsa, byte[] body) throws Exception {
        TimeStampRequest request = new TimeStampRequest(body);
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .setProvider(BouncyCastle.provider()).build("SHA256withECDSA", tsa.privateKey(), tsa.certificate()),
                new JcaDigestCalculatorProviderBuilder().build().get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(tsa.chain()));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        TimeStampResponse response = responses.generate(request, BigInteger.valueOf(serial.getAndIncrement()),
                Date.from(clock.get()));
        return response.getEncoded();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
