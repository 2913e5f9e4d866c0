package dev.latchkey.crypto.trust;

import dev.latchkey.crypto.x509.KeyPurpose;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Key usage and extended key usage for the policy: the leaf must allow the purpose, and a CA
 * that lists extended key usages must include it (EKU chaining, as Apple and Mozilla do).
 */
final class UsageRules {
    private static final ASN1ObjectIdentifier ANY = new ASN1ObjectIdentifier(KeyPurpose.ANY.oid());

    private UsageRules() {
    }

    static void check(CandidatePath path, TrustPolicy policy, Findings findings) {
        KeyPurpose purpose = purpose(policy.kind());
        if (purpose == null) {
            return;
        }
        ASN1ObjectIdentifier wanted = new ASN1ObjectIdentifier(purpose.oid());
        CertInfo leaf = path.get(0);
        List<ASN1ObjectIdentifier> eku = leaf.ext.extendedKeyUsage;
        if (eku == null) {
            if (policy.kind() == PolicyKind.CODE_SIGNING) {
                findings.add(0, FindingCode.EXTENDED_KEY_USAGE,
                        "A code signing certificate must list Code Signing in its extended key usage.");
            }
        } else if (policy.webPki() && eku.contains(ANY)) {
            findings.add(0, FindingCode.EXTENDED_KEY_USAGE,
                    "A server certificate must not allow \"any purpose\" in its extended key usage.");
        } else if (!eku.contains(wanted)) {
            boolean anyAccepted = eku.contains(ANY) && policy.kind() != PolicyKind.CODE_SIGNING && !policy.webPki();
            if (!anyAccepted) {
                findings.add(0, FindingCode.EXTENDED_KEY_USAGE, "The extended key usage does not include "
                        + purpose.displayName() + (eku.contains(ANY) ? " (\"any purpose\" is not enough here)." : "."));
            }
        }
        // A CA certificate evaluated as a leaf is judged as a CA (its key signs certificates), not by leaf key usage.
        boolean caLeaf = leaf.ext.isCa() && leaf.ext.hasKeyUsage(KeyUsage.keyCertSign);
        if (!caLeaf && !leaf.ext.hasKeyUsage(keyUsageMask(policy.kind()))) {
            findings.add(0, FindingCode.KEY_USAGE, "The key usage does not allow the key to be used for "
                    + policy.kind().displayName() + ".");
        }
        for (int i = 1; i < path.size(); i++) {
            List<ASN1ObjectIdentifier> caEku = path.get(i).ext.extendedKeyUsage;
            if (caEku != null && !caEku.contains(wanted) && !caEku.contains(ANY)) {
                findings.add(i, FindingCode.EXTENDED_KEY_USAGE, "This CA may only issue certificates for other "
                        + "purposes; its extended key usage does not include " + purpose.displayName() + ".");
            }
        }
    }

    private static KeyPurpose purpose(PolicyKind kind) {
        return switch (kind) {
            case SSL_SERVER -> KeyPurpose.SERVER_AUTH;
            case SSL_CLIENT -> KeyPurpose.CLIENT_AUTH;
            case SMIME -> KeyPurpose.EMAIL_PROTECTION;
            case CODE_SIGNING -> KeyPurpose.CODE_SIGNING;
            case BASIC -> null;
        };
    }

    private static int keyUsageMask(PolicyKind kind) {
        return switch (kind) {
            case SSL_SERVER -> KeyUsage.digitalSignature | KeyUsage.keyEncipherment | KeyUsage.keyAgreement;
            case SSL_CLIENT -> KeyUsage.digitalSignature | KeyUsage.keyAgreement;
            case SMIME -> KeyUsage.digitalSignature | KeyUsage.nonRepudiation | KeyUsage.keyEncipherment
                    | KeyUsage.keyAgreement;
            case CODE_SIGNING -> KeyUsage.digitalSignature;
            case BASIC -> ~0;
        };
    }
}
