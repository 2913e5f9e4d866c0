package dev.latchkey.crypto.trust;

import java.util.List;

/** Certificates from the leaf (index 0) up; {@code anchored} when the last one is a trust anchor. */
record CandidatePath(List<CertInfo> certs, boolean anchored) {
    CandidatePath {
        certs = List.copyOf(certs);
    }

    int size() {
        return certs.size();
    }

    int top() {
        return certs.size() - 1;
    }

    CertInfo get(int index) {
        return certs.get(index);
    }

    boolean isAnchor(int index) {
        return anchored && index == top();
    }
}
