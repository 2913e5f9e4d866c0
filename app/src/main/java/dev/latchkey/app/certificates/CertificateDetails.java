package dev.latchkey.app.certificates;

import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.crypto.x509.CertificateDescription;
import dev.latchkey.crypto.x509.CertificateDescription.ExtensionDescription;
import dev.latchkey.crypto.x509.CertificateDescription.NameField;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A certificate's description as the inspector's sections, in Keychain Access's order: subject,
 * issuer, serial and validity, public key and signature, every extension, fingerprints.
 */
public final class CertificateDetails {
    private final Messages messages;
    private final ItemTexts texts;

    public CertificateDetails(ItemTexts texts) {
        this.texts = texts;
        this.messages = texts.messages();
    }

    public List<DetailSection> of(CertificateDescription d) {
        List<DetailSection> out = new ArrayList<>();
        out.add(new DetailSection(messages.get("cert.subject"), names(d.subjectFields())));
        out.add(new DetailSection(messages.get("cert.issuer"), names(d.issuerFields())));
        out.add(new DetailSection(messages.get("cert.basics"), List.of(
                row("cert.version", String.valueOf(d.version())),
                code("cert.serial", d.serialNumber()),
                row("cert.notBefore", texts.date(d.notBefore())),
                row("cert.notAfter", texts.date(d.notAfter())))));
        out.add(new DetailSection(messages.get("cert.publicKey"), List.of(
                row("cert.keyAlgorithm", d.publicKey()),
                row("cert.signature", d.signatureAlgorithm() + " (" + d.signatureAlgorithmOid() + ")"))));
        for (ExtensionDescription e : d.extensions()) {
            out.add(extension(e));
        }
        out.add(new DetailSection(messages.get("cert.fingerprints"), List.of(
                code("cert.sha256", d.sha256Fingerprint()),
                code("cert.sha1", d.sha1Fingerprint()))));
        return out;
    }

    /** A private key item's details: what the key inspector and an identity's inspector show. */
    public DetailSection key(Item key) {
        List<DetailSection.Row> rows = new ArrayList<>();
        rows.add(row("key.name", key.displayName()));
        rows.add(row("key.type", keyType(key)));
        rows.add(row("key.class", messages.get("key.private")));
        key.attributes().bytes(Attribute.APPLICATION_LABEL).ifPresent(hash ->
                rows.add(code("key.hash", colonHex(hash))));
        return new DetailSection(messages.get("key.section"), rows);
    }

    /** "EC, 256 bits", "RSA, 2048 bits", "Ed25519, 256 bits". */
    public String keyType(Item key) {
        String type = key.attributes().text(Attribute.KEY_TYPE);
        return key.attributes().integer(Attribute.KEY_SIZE).map(bits -> messages.get("key.typeSize", type, bits))
                .orElse(type);
    }

    private DetailSection extension(ExtensionDescription e) {
        List<DetailSection.Row> rows = new ArrayList<>();
        rows.add(row("cert.critical", messages.get(e.critical() ? "cert.yes" : "cert.no")));
        rows.add(code("cert.oid", e.oid()));
        for (String line : e.lines()) {
            int colon = line.indexOf(": ");
            if (colon > 0 && colon < 40) {
                rows.add(new DetailSection.Row(line.substring(0, colon), line.substring(colon + 2), false));
            } else {
                rows.add(new DetailSection.Row("", line, false));
            }
        }
        return new DetailSection(messages.get("cert.extension", e.name()), rows);
    }

    private static List<DetailSection.Row> names(List<NameField> fields) {
        return fields.stream().map(f -> new DetailSection.Row(f.label(), f.value(), false)).toList();
    }

    private DetailSection.Row row(String key, String value) {
        return new DetailSection.Row(messages.get(key), value, false);
    }

    private DetailSection.Row code(String key, String value) {
        return new DetailSection.Row(messages.get(key), value, true);
    }

    private static String colonHex(byte[] bytes) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(bytes);
    }
}
