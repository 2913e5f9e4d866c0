package dev.latchkey.crypto.tls;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a TLS server presented, unverified: its chain as sent (leaf first) and the negotiated
 * protocol and cipher suite. Evaluate the chain with {@link dev.latchkey.crypto.trust.TrustEvaluator}.
 */
public record FetchedChain(String host, int port, List<X509Certificate> chain, String protocol, String cipherSuite) {
    public FetchedChain {
        chain = List.copyOf(chain);
    }

    public X509Certificate leaf() {
        return chain.get(0);
    }

    /** The certificates after the leaf, to pass as intermediates. */
    public List<X509Certificate> intermediates() {
        return chain.subList(1, chain.size());
    }
}
