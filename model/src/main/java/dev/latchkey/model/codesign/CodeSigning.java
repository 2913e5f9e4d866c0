package dev.latchkey.model.codesign;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.codesign.JarReport;
import dev.latchkey.crypto.codesign.JarSignerReport;
import dev.latchkey.crypto.codesign.JarSigning;
import dev.latchkey.crypto.codesign.JarVerifier;
import dev.latchkey.crypto.codesign.TimestampReport;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.certificates.CryptoErrors;
import dev.latchkey.model.trust.TrustService;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Code Signing Services (architecture §1): verify a signed JAR with its signers' trust, and sign one with an identity. */
public final class CodeSigning {
    private CodeSigning() {
    }

    /** Verifies {@code jar} and evaluates every signer for code signing (at its timestamp, else at {@code now}). */
    public static CodeSignatureVerdict verify(Path jar, TrustService trust, Instant now) throws LatchkeyException {
        JarReport report;
        try {
            report = JarVerifier.verify(jar);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
        List<SignerTrust> signers = new ArrayList<>();
        for (JarSignerReport signer : report.signers()) {
            Optional<Instant> stamped = signer.timestamp().filter(TimestampReport::valid).map(TimestampReport::time);
            Instant at = stamped.orElse(now);
            signers.add(new SignerTrust(signer, trust.evaluate(signer.certificate(), signer.chain().subList(1,
                    signer.chain().size()), TrustPolicy.codeSigning(), at), at, stamped.isPresent()));
        }
        return new CodeSignatureVerdict(report, signers);
    }

    /** Signs {@code in} into {@code out} (which may be the same file) with the identity, timestamped when {@code tsa} is given. */
    public static void sign(Path in, Path out, Identity identity, URI tsa) throws LatchkeyException {
        try {
            JarSigning.sign(in, out, identity.privateKey(), identity.chain(), identity.friendlyName().orElse(null),
                    tsa);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }
}
