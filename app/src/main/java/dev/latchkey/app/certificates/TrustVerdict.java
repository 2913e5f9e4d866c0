package dev.latchkey.app.certificates;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustResultType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A certificate's standing for the banner: its status, the sentence of the finding that
 * decided it (empty when valid), the policies the user set to Never Trust, and the result.
 */
public record TrustVerdict(CertificateStatus status, String finding, List<PolicyKind> neverTrusted,
        TrustResultType result) {
    public TrustVerdict {
        neverTrusted = List.copyOf(neverTrusted);
    }

    /** "This certificate is valid", "… has expired", … */
    public String title(Messages messages) {
        return messages.get("banner." + status.name());
    }

    /** Why: the deciding finding, the policies set to Never Trust, or how a valid one is trusted. */
    public String detail(Messages messages) {
        if (!finding.isEmpty()) {
            return finding;
        }
        if (!neverTrusted.isEmpty()) {
            return messages.get("banner.neverTrustFor",
                    neverTrusted.stream().map(PolicyKind::displayName).collect(Collectors.joining(", ")));
        }
        return messages.get(result == TrustResultType.PROCEED ? "banner.trustedByYou" : "banner.trustedByRoots");
    }
}
