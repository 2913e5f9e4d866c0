package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.trust.Finding;
import dev.latchkey.crypto.trust.TrustResult;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.certificates.StoredCertificate;
import java.io.PrintStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.security.auth.x500.X500Principal;

/** Certificates and trust results as text and as JSON with stable field names. */
final class CertificateOutput {
    private CertificateOutput() {
    }

    static String subject(X509Certificate c) {
        return c.getSubjectX500Principal().getName(X500Principal.RFC2253);
    }

    static String issuer(X509Certificate c) {
        return c.getIssuerX500Principal().getName(X500Principal.RFC2253);
    }

    static String sha256(X509Certificate c) {
        return CertificateAttributes.hex(CertificateAttributes.sha256(c));
    }

    static String pem(X509Certificate c) {
        try {
            return PemWriter.encode(PemWriter.CERTIFICATE, c.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a decoded certificate re-encodes", e);
        }
    }

    /** One certificate item for {@code find-certificate --json}. */
    static ObjectNode json(String keychain, StoredCertificate c, boolean withPem) {
        ObjectNode node = CliContext.json().createObjectNode();
        node.put("keychain", keychain);
        node.put("class", c.item().itemClass().appleCode());
        node.put("id", c.item().id().toString());
        node.put("label", c.label());
        node.put("subject", c.subject());
        node.put("issuer", c.issuer());
        node.put("serialNumber", HexFormat.of().formatHex(c.certificate().getSerialNumber().toByteArray()));
        node.put("notBefore", c.certificate().getNotBefore().toInstant().toString());
        node.put("notAfter", c.notAfter().toString());
        ArrayNode emails = node.putArray("emailAddresses");
        c.emailAddresses().forEach(emails::add);
        node.put("sha256", CertificateAttributes.hex(c.sha256()));
        node.put("sha1", CertificateAttributes.hex(CertificateAttributes.sha1(c.certificate())));
        if (withPem) {
            node.put("pem", pem(c.certificate()));
        }
        return node;
    }

    /** {@code verify-cert --json}: exactly {trusted, result, chain, findings}. */
    static ObjectNode json(TrustResult result) {
        ObjectNode node = CliContext.json().createObjectNode();
        node.put("trusted", result.trusted());
        node.put("result", result.result().name());
        ArrayNode chain = node.putArray("chain");
        for (X509Certificate c : result.chain()) {
            chain.addObject().put("subject", subject(c)).put("issuer", issuer(c)).put("sha256", sha256(c));
        }
        ArrayNode findings = node.putArray("findings");
        for (Finding f : result.findings()) {
            findings.addObject().put("certIndex", f.certIndex()).put("code", f.code().name()).put("message", f.message());
        }
        return node;
    }

    /** The verdict, the chain and each finding, for people. */
    static void text(PrintStream out, TrustResult result) {
        out.println(result.trusted() ? "certificate verification successful (" + result.result() + ")."
                : "certificate verification failed: " + result.result());
        out.println("chain:");
        for (int i = 0; i < result.chain().size(); i++) {
            X509Certificate c = result.chain().get(i);
            out.printf("  %d: %s%n     issuer: %s%n     SHA-256: %s%n", i, subject(c), issuer(c), sha256(c));
        }
        if (!result.findings().isEmpty()) {
            out.println("findings:");
            for (Finding f : result.findings()) {
                out.printf("  %d: %s: %s%n", f.certIndex(), f.code(), f.message());
            }
        }
    }

    /** The one line that goes to stderr when a chain is not trusted. */
    static String failure(TrustResult result) {
        return result.findings().isEmpty() ? "the certificate is not trusted (" + result.result() + ")"
                : "the certificate is not trusted: " + result.findings().get(0).message();
    }
}
