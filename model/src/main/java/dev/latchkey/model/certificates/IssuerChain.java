package dev.latchkey.model.certificates;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A certificate followed by its issuers from a pool: matched by name and confirmed by
 * signature, so a re-keyed CA of the same name is not taken for the right one. What goes in
 * an exported identity's PKCS#12 next to its key; trust is the evaluator's business.
 */
final class IssuerChain {
    private static final int MAX_LENGTH = 10;

    private IssuerChain() {
    }

    static List<X509Certificate> of(X509Certificate leaf, Collection<X509Certificate> pool) {
        List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
        X509Certificate current = leaf;
        while (chain.size() < MAX_LENGTH && !selfIssued(current)) {
            X509Certificate issuer = issuerOf(current, pool, chain);
            if (issuer == null) {
                break;
            }
            chain.add(issuer);
            current = issuer;
        }
        return chain;
    }

    private static X509Certificate issuerOf(X509Certificate child, Collection<X509Certificate> pool,
            List<X509Certificate> taken) {
        for (X509Certificate candidate : pool) {
            if (!taken.contains(candidate)
                    && candidate.getSubjectX500Principal().equals(child.getIssuerX500Principal())
                    && signed(child, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean signed(X509Certificate child, X509Certificate issuer) {
        try {
            child.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean selfIssued(X509Certificate c) {
        return c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }
}
