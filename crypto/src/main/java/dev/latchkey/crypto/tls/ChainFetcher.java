package dev.latchkey.crypto.tls;

import dev.latchkey.crypto.random.Randoms;
import dev.latchkey.crypto.x509.AltName;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * Captures the certificate chain a TLS server sends, like {@code openssl s_client -showcerts}:
 * connect, handshake with SNI, record the chain, close without sending data. The handshake
 * accepts any chain on purpose — judging it is the trust evaluator's job, and a failing chain
 * is exactly what a user wants to inspect.
 */
public final class ChainFetcher {
    public static final int DEFAULT_PORT = 443;

    /** A host and port parsed from "host", "host:port", "[v6]:port" or a bare IPv6 address. */
    public record Target(String host, int port) {
        public static Target parse(String text) {
            String t = text.trim();
            if (t.startsWith("[")) {
                int close = t.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException("missing ']' in " + text);
                }
                String rest = t.substring(close + 1);
                return new Target(t.substring(1, close), rest.startsWith(":") ? port(rest.substring(1)) : DEFAULT_PORT);
            }
            int colon = t.lastIndexOf(':');
            if (colon > 0 && t.indexOf(':') == colon) {
                return new Target(t.substring(0, colon), port(t.substring(colon + 1)));
            }
            return new Target(t, DEFAULT_PORT);
        }

        private static int port(String text) {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + text);
            }
            return port;
        }
    }

    private ChainFetcher() {
    }

    public static FetchedChain fetch(Target target, Duration timeout) throws TlsException {
        CapturingTrustManager capture = new CapturingTrustManager();
        SSLContext context;
        try {
            context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {capture}, Randoms.secureRandom());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no TLS", e);
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(target.host(), target.port()), millis);
            plain.setSoTimeout(millis);
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory()
                    .createSocket(plain, target.host(), target.port(), false)) {
                SSLParameters parameters = socket.getSSLParameters();
                if (!AltName.isIpLiteral(target.host())) {
                    parameters.setServerNames(List.of(new SNIHostName(target.host())));
                }
                socket.setSSLParameters(parameters);
                socket.startHandshake();
                SSLSession session = socket.getSession();
                return new FetchedChain(target.host(), target.port(), chain(session, capture),
                        session.getProtocol(), session.getCipherSuite());
            }
        } catch (UnknownHostException e) {
            throw new TlsException("The host \"" + target.host() + "\" could not be found.", e);
        } catch (ConnectException e) {
            throw new TlsException("Nothing accepted a connection at " + target.host() + ":" + target.port() + ".", e);
        } catch (SocketTimeoutException e) {
            throw new TlsException("The server did not answer within " + timeout.toSeconds() + " seconds.", e);
        } catch (SSLException e) {
            throw new TlsException("The TLS handshake with " + target.host() + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TlsException("The connection to " + target.host() + " failed: " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> chain(SSLSession session, CapturingTrustManager capture) throws TlsException {
        List<X509Certificate> chain = new ArrayList<>();
        try {
            for (Certificate c : session.getPeerCertificates()) {
                chain.add((X509Certificate) c);
            }
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            chain.addAll(capture.captured());
        }
        if (chain.isEmpty()) {
            throw new TlsException("The server sent no certificate.", null);
        }
        return chain;
    }
}
