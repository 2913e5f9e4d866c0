package dev.latchkey.crypto.codesign;

import java.util.List;

/**
 * What verifying a JAR found: the entries every signature covers, those no signature covers
 * (added after signing), those whose content no longer matches its digest, and the signers.
 *
 * @param signedEntries   entries covered by every signer (signature files not counted)
 * @param unsignedEntries entries no signer covers
 * @param tamperedEntries entries whose digest does not match, each with the JDK's reason
 * @param manifestDigests the digest algorithms of the manifest's entries ("SHA-256")
 * @param signers         one per signature block
 */
public record JarReport(List<String> signedEntries, List<String> unsignedEntries, List<Tampered> tamperedEntries,
        List<String> manifestDigests, List<JarSignerReport> signers) {
    public JarReport {
        signedEntries = List.copyOf(signedEntries);
        unsignedEntries = List.copyOf(unsignedEntries);
        tamperedEntries = List.copyOf(tamperedEntries);
        manifestDigests = List.copyOf(manifestDigests);
        signers = List.copyOf(signers);
    }

    /** An entry whose content was changed after signing. */
    public record Tampered(String entry, String reason) {
    }

    public boolean signed() {
        return !signers.isEmpty();
    }

    /** Signed, every entry covered, nothing changed, every signature and timestamp valid. */
    public boolean intact() {
        return signed() && unsignedEntries.isEmpty() && tamperedEntries.isEmpty()
                && signers.stream().allMatch(s -> s.signatureValid()
                        && s.timestamp().map(TimestampReport::valid).orElse(true));
    }
}
