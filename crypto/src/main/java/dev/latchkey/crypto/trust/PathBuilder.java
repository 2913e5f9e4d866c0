package dev.latchkey.crypto.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Depth-first enumeration of every candidate path from a leaf to an anchor over several issuer
 * pools, trying likely issuers first (anchors, matching key identifiers, currently valid, newest).
 * A certificate or a logical CA (same name and key) never appears twice in one path, which
 * breaks cycles of cross-signed CAs. Dead ends are offered as unanchored paths.
 */
final class PathBuilder {
    /** Receives each path; returns true to stop the search. */
    interface Sink {
        boolean accept(CandidatePath path);
    }

    static final int MAX_DEPTH = 12;
    static final int MAX_PATHS = 64;

    private final List<CertificatePool> pools;
    private final Predicate<CertInfo> isAnchor;
    private final Instant time;
    private int offered;

    PathBuilder(List<CertificatePool> pools, Predicate<CertInfo> isAnchor, Instant time) {
        this.pools = pools;
        this.isAnchor = isAnchor;
        this.time = time;
    }

    void build(CertInfo leaf, Sink sink) {
        List<CertInfo> path = new ArrayList<>();
        path.add(leaf);
        explore(path, sink);
    }

    private boolean explore(List<CertInfo> path, Sink sink) {
        if (offered >= MAX_PATHS) {
            return true;
        }
        CertInfo top = path.get(path.size() - 1);
        if (isAnchor.test(top)) {
            offered++;
            return sink.accept(new CandidatePath(path, true));
        }
        List<CertInfo> issuers = path.size() >= MAX_DEPTH ? List.of() : issuersOf(top, path);
        if (issuers.isEmpty()) {
            offered++;
            return sink.accept(new CandidatePath(path, false));
        }
        for (CertInfo issuer : issuers) {
            path.add(issuer);
            boolean stop = explore(path, sink);
            path.remove(path.size() - 1);
            if (stop) {
                return true;
            }
        }
        return false;
    }

    private List<CertInfo> issuersOf(CertInfo cert, List<CertInfo> path) {
        List<CertInfo> found = new ArrayList<>();
        for (CertificatePool pool : pools) {
            for (CertInfo candidate : pool.withSubject(cert.issuer)) {
                if (!found.contains(candidate) && path.stream().noneMatch(p -> p.equals(candidate) || p.sameEntity(candidate))) {
                    found.add(candidate);
                }
            }
        }
        if (found.size() > 1) {
            found.sort(Comparator.comparingInt((CertInfo c) -> isAnchor.test(c) ? 0 : 1)
                    .thenComparingInt(c -> keyIdMatches(cert, c) ? 0 : 1)
                    .thenComparingInt(c -> c.notBefore.isAfter(time) || c.notAfter.isBefore(time) ? 1 : 0)
                    .thenComparing((CertInfo c) -> c.notBefore, Comparator.reverseOrder()));
        }
        return found;
    }

    private static boolean keyIdMatches(CertInfo cert, CertInfo issuer) {
        byte[] wanted = cert.ext.authorityKeyId == null ? null : cert.ext.authorityKeyId.getKeyIdentifierOctets();
        return wanted == null || Arrays.equals(wanted, issuer.ext.subjectKeyId);
    }
}
