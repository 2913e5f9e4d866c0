package dev.latchkey.app.trustviewer;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.crypto.trust.Finding;
import dev.latchkey.crypto.trust.Severity;
import dev.latchkey.crypto.trust.TrustResult;
import dev.latchkey.model.certificates.CertificateAttributes;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/**
 * A trust result's chain as the windows show it (the trust viewer, Verify Signature): one
 * {@link ChainLink} per certificate with its role, mark and findings in plain words.
 */
public final class ChainLinks {
    private final Messages messages;
    private final DateTimeFormatter dates;

    public ChainLinks(Messages messages, DateTimeFormatter dates) {
        this.messages = messages;
        this.dates = dates;
    }

    public List<ChainLink> of(TrustResult r) {
        List<ChainLink> links = new ArrayList<>();
        for (int i = 0; i < r.chain().size(); i++) {
            links.add(link(r, i));
        }
        return links;
    }

    private ChainLink link(TrustResult r, int i) {
        X509Certificate c = r.chain().get(i);
        List<Finding> findings = new ArrayList<>(r.findingsFor(i));
        findings.sort(Comparator.comparing(Finding::severity));
        ChainLink.Mark mark = ChainLink.Mark.TRUSTED;
        for (Finding f : findings) {
            if (f.severity() == Severity.RECOVERABLE && mark == ChainLink.Mark.TRUSTED) {
                mark = ChainLink.Mark.WARNING;
            } else if (f.severity() != Severity.RECOVERABLE) {
                mark = ChainLink.Mark.FAILED;
            }
        }
        boolean selfIssued = c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
        String role = messages.get(i == 0 ? "trustViewer.role.leaf" : selfIssued ? "trustViewer.role.root"
                : "trustViewer.role.intermediate");
        String validity = messages.get("trustViewer.validity", dates.format(c.getNotBefore().toInstant()),
                dates.format(c.getNotAfter().toInstant()));
        return new ChainLink(i, commonName(c.getSubjectX500Principal()), role,
                c.getSubjectX500Principal().getName(X500Principal.RFC2253),
                c.getIssuerX500Principal().getName(X500Principal.RFC2253), validity,
                CertificateAttributes.hex(CertificateAttributes.sha256(c)), mark,
                findings.stream().map(Finding::message).toList());
    }

    static String commonName(X500Principal name) {
        return CertificateAttributes.commonName(name).orElse(name.getName(X500Principal.RFC2253));
    }
}
