package dev.latchkey.model.transfer.export;

import dev.latchkey.crypto.kdf.KdfParameters;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.SecretBuffer;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.model.transfer.kdbx.KdbxContainer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a keychain's passwords, notes and codes as a KeePass KDBX 4 database (AES-256,
 * Argon2id, ChaCha20 for protected values), which KeePassXC opens: folders become groups,
 * tags, fields, attachments and codes ({@code otp}) keep their KeePassXC names.
 * Certificates and keys are left out (the backup holds them).
 */
public final class KdbxExporter {
    private static final long SECONDS_TO_EPOCH = 62_135_596_800L;

    private KdbxExporter() {
    }

    /** Writes the database to {@code out}; INTERACTION_REQUIRED without a fresh password entry. */
    public static int export(Keychain keychain, char[] password, KdfParameters kdf, OutputStream out)
            throws LatchkeyException {
        if (password == null || password.length == 0) {
            throw new LatchkeyException(Status.PARAM, "a KeePass database needs a password");
        }
        List<Item> items = ExportedItem.exportable(keychain);
        KdbxContainer container = KdbxContainer.forWriting(kdf);
        Group root = new Group(keychain.ref().name());
        for (Item item : items) {
            Group g = root;
            String folder = item.attributes().text(Attribute.FOLDER);
            for (String part : folder.isEmpty() ? new String[0] : folder.split("/")) {
                g = g.groups.computeIfAbsent(part, Group::new);
            }
            g.items.add(item);
        }
        SecretBuffer xml = new SecretBuffer();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(xml, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("KeePassFile");
            w.writeStartElement("Meta");
            element(w, "Generator", "Latchkey");
            element(w, "DatabaseName", keychain.ref().name());
            w.writeStartElement("MemoryProtection");
            element(w, "ProtectTitle", "False");
            element(w, "ProtectUserName", "False");
            element(w, "ProtectPassword", "True");
            element(w, "ProtectURL", "False");
            element(w, "ProtectNotes", "False");
            w.writeEndElement();
            element(w, "RecycleBinEnabled", "False");
            w.writeEndElement();
            w.writeStartElement("Root");
            writeGroup(w, root, keychain, container);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            byte[] plain = xml.takeAndWipe();
            try {
                container.write(password, plain, out);
            } finally {
                Wipe.bytes(plain);
            }
            return items.size();
        } catch (XMLStreamException e) {
            xml.takeAndWipe();
            throw new LatchkeyException(Status.INTERNAL, "cannot write the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot write the database: " + e.getMessage(), e);
        }
    }

    /** A group to write: its subgroups by name, in the order first seen, and its items. */
    private static final class Group {
        final String name;
        final Map<String, Group> groups = new LinkedHashMap<>();
        final List<Item> items = new ArrayList<>();

        Group(String name) {
            this.name = name;
        }
    }

    private static void writeGroup(XMLStreamWriter w, Group g, Keychain keychain, KdbxContainer container)
            throws XMLStreamException, LatchkeyException {
        w.writeStartElement("Group");
        element(w, "UUID", uuid(UUID.randomUUID()));
        element(w, "Name", g.name);
        element(w, "IconID", "48");
        for (Item item : g.items) {
            try (ExportedItem e = ExportedItem.read(keychain, item)) {
                writeEntry(w, e, container);
            }
        }
        for (Group child : g.groups.values()) {
            writeGroup(w, child, keychain, container);
        }
        w.writeEndElement();
    }

    private static void writeEntry(XMLStreamWriter w, ExportedItem e, KdbxContainer container)
            throws XMLStreamException, LatchkeyException {
        Item item = e.item;
        w.writeStartElement("Entry");
        element(w, "UUID", uuid(item.id()));
        element(w, "IconID", "0");
        element(w, "Tags", String.join(";", item.attributes().list(Attribute.TAGS)));
        w.writeStartElement("Times");
        element(w, "CreationTime", time(item.attributes().instant(Attribute.CREATED).orElse(Instant.EPOCH)));
        element(w, "LastModificationTime", time(item.attributes().instant(Attribute.MODIFIED).orElse(Instant.EPOCH)));
        element(w, "Expires", "False");
        w.writeEndElement();
        string(w, "Title", e.title());
        string(w, "UserName", item.attributes().text(Attribute.ACCOUNT));
        char[] secret = e.secretChars();
        char[] otp = e.otpUri();
        try {
            protectedString(w, "Password", e.isNote() ? new char[0] : secret, container);
            string(w, "URL", e.url());
            if (e.isNote()) {
                w.writeStartElement("String");
                element(w, "Key", "Notes");
                w.writeStartElement("Value");
                w.writeCharacters(secret, 0, secret.length);
                w.writeEndElement();
                w.writeEndElement();
            } else {
                string(w, "Notes", e.notes());
            }
            if (otp != null) {
                protectedString(w, "otp", otp, container);
            }
        } finally {
            Wipe.chars(secret, otp);
        }
        try (SecretParts fields = e.parts(SecretKind.FIELDS)) {
            for (SecretParts.Part p : fields.parts()) {
                char[] value = p.value().toChars();
                try {
                    if (p.hidden()) {
                        protectedString(w, p.name(), value, container);
                    } else {
                        w.writeStartElement("String");
                        element(w, "Key", p.name());
                        w.writeStartElement("Value");
                        w.writeCharacters(value, 0, value.length);
                        w.writeEndElement();
                        w.writeEndElement();
                    }
                } finally {
                    Wipe.chars(value);
                }
            }
        }
        try (SecretParts attachments = e.parts(SecretKind.ATTACHMENTS)) {
            for (SecretParts.Part p : attachments.parts()) {
                w.writeStartElement("Binary");
                element(w, "Key", p.name());
                w.writeEmptyElement("Value");
                w.writeAttribute("Ref", Integer.toString(container.addAttachment(p.value())));
                w.writeEndElement();
            }
        }
        if (item.attributes().has(Attribute.AUTO_TYPE)) {
            w.writeStartElement("AutoType");
            element(w, "Enabled", "True");
            element(w, "DataTransferObfuscation", "0");
            element(w, "DefaultSequence", item.attributes().text(Attribute.AUTO_TYPE));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void string(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("String");
        element(w, "Key", key);
        element(w, "Value", value);
        w.writeEndElement();
    }

    private static void protectedString(XMLStreamWriter w, String key, char[] value, KdbxContainer container)
            throws XMLStreamException {
        w.writeStartElement("String");
        element(w, "Key", key);
        w.writeStartElement("Value");
        w.writeAttribute("Protected", "True");
        try (Secret plain = Secret.fromChars(value)) {
            w.writeCharacters(container.protect(plain.bytes()));
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static String uuid(UUID id) {
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array());
    }

    /** KDBX 4 times: little-endian seconds since 0001-01-01, Base64. */
    private static String time(Instant t) {
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(t.getEpochSecond() + SECONDS_TO_EPOCH).array());
    }


}
