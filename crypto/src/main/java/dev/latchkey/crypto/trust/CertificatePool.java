package dev.latchkey.crypto.trust;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Certificates indexed by subject name, for finding the candidate issuers of a certificate. */
final class CertificatePool {
    private final Map<NameKey, List<CertInfo>> bySubject = new HashMap<>();

    void add(CertInfo cert) {
        List<CertInfo> list = bySubject.computeIfAbsent(cert.subject, k -> new ArrayList<>(1));
        if (!list.contains(cert)) {
            list.add(cert);
        }
    }

    List<CertInfo> withSubject(NameKey name) {
        return bySubject.getOrDefault(name, List.of());
    }
}
