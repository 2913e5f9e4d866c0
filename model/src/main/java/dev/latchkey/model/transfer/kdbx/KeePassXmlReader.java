package dev.latchkey.model.transfer.kdbx;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.transfer.entries.ImportedEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.linguafranca.pwdb.security.StreamEncryptor;

/**
 * Reads the KeePass XML inside a KDBX container as a stream (StAX), one entry at a time, so a
 * 100,000-entry database never exists as a tree in memory. Protected values are decrypted with
 * the inner stream cipher in document order, history included, as KeePass requires.
 */
final class KeePassXmlReader {
    /** .NET ticks start at 0001-01-01; KDBX 4 stores seconds since then. */
    private static final long SECONDS_TO_EPOCH = 62_135_596_800L;
    private static final String[] STANDARD = {"Title", "UserName", "Password", "URL", "Notes"};

    /** Receives each entry as soon as it is read; may stop the read. */
    interface Sink {
        void accept(ImportedEntry entry) throws LatchkeyException;
    }

    private final StreamEncryptor inner;
    private final boolean kdbx4;
    private final List<byte[]> headerBinaries;
    private final Map<String, byte[]> metaBinaries = new HashMap<>();
    private static final String NO_UUID = "AAAAAAAAAAAAAAAAAAAAAA==";

    private final Deque<Group> groups = new ArrayDeque<>();
    private String recycleBin = "";
    private int recycled;
    private int entries;

    private final byte[] headerBytes;

    /** @param headerBytes the outer header as read, which KDBX 3.1 checks against Meta/HeaderHash */
    KeePassXmlReader(StreamEncryptor inner, boolean kdbx4, List<byte[]> headerBinaries, byte[] headerBytes) {
        this.inner = inner;
        this.kdbx4 = kdbx4;
        this.headerBinaries = headerBinaries;
        this.headerBytes = headerBytes;
    }

    /** How many entries of the recycle bin were left out. */
    int recycled() {
        return recycled;
    }

    void read(InputStream xml, Sink sink) throws XMLStreamException, LatchkeyException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(xml, "UTF-8");
        Deque<String> elements = new ArrayDeque<>();
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    if (elements.pop().equals("Group")) {
                        groups.pop();
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String tag = r.getLocalName();
                String parent = elements.isEmpty() ? "" : elements.peek();
                if (tag.equals("RecycleBinUUID") && parent.equals("Meta")) {
                    recycleBin = r.getElementText().strip();
                } else if (tag.equals("HeaderHash") && parent.equals("Meta")) {
                    checkHeader(r.getElementText().strip());
                } else if (tag.equals("Binaries") && parent.equals("Meta")) {
                    binaries(r);
                } else if (tag.equals("UUID") && parent.equals("Group")) {
                    String uuid = r.getElementText().strip();
                    Group g = groups.peek();
                    g.recycled = g.recycled || (uuid.equals(recycleBin) && !uuid.equals(NO_UUID));
                } else if (tag.equals("Name") && parent.equals("Group")) {
                    groups.peek().name = r.getElementText();
                } else if (tag.equals("Entry") && parent.equals("Group")) {
                    ImportedEntry e = entry(r);
                    if (groups.peek().recycled) {
                        recycled++;
                        e.close();
                    } else {
                        sink.accept(e);
                    }
                } else {
                    if (tag.equals("Group")) {
                        groups.push(new Group(!groups.isEmpty() && groups.peek().recycled));
                    }
                    elements.push(tag);
                }
            }
        } finally {
            r.close();
        }
    }

    /**
     * KDBX 3.1 keeps the SHA-256 of the outer header inside the encrypted XML; KeePassJava2
     * does not check it, KeePass and KeePassXC do, and so does Latchkey.
     */
    private void checkHeader(String hash) throws HeaderChanged {
        if (kdbx4 || hash.isEmpty() || headerBytes == null) {
            return;
        }
        try {
            byte[] expected = java.security.MessageDigest.getInstance("SHA-256").digest(headerBytes);
            if (!java.security.MessageDigest.isEqual(expected, Base64.getMimeDecoder().decode(hash))) {
                throw new HeaderChanged();
            }
        } catch (java.security.NoSuchAlgorithmException | IllegalArgumentException e) {
            throw new HeaderChanged();
        }
    }

    /** The header does not match the hash the database holds. */
    static final class HeaderChanged extends XMLStreamException {
        HeaderChanged() {
            super("the header failed its checksum");
        }
    }

    /** A group being read: its name and whether it is (inside) the recycle bin. */
    private static final class Group {
        String name = "";
        boolean recycled;

        Group(boolean recycled) {
            this.recycled = recycled;
        }
    }

    /** The group path below the root group, parts joined by "/". */
    private String folder() {
        List<String> path = new ArrayList<>();
        groups.descendingIterator().forEachRemaining(g -> path.add(g.name));
        return String.join("/", path.subList(Math.min(1, path.size()), path.size()));
    }

    /** Reads one entry (the reader is just past its start tag), with its history. */
    private ImportedEntry entry(XMLStreamReader r) throws XMLStreamException, LatchkeyException {
        entries++;
        ImportedEntry e = new ImportedEntry("entry " + entries + (groups.size() > 1 ? " in " + folder() : ""));
        e.folder(folder());
        try {
            Map<String, Secret> strings = new HashMap<>();
            List<String> order = new ArrayList<>();
            List<Boolean> hidden = new ArrayList<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Entry")) {
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "Tags" -> {
                        for (String tag : r.getElementText().split("[;,]")) {
                            e.tag(tag);
                        }
                    }
                    case "Times" -> times(r, e);
                    case "CustomIconUUID" -> {
                        if (!r.getElementText().strip().isEmpty()) {
                            e.notKept("custom icon");
                        }
                    }
                    case "String" -> {
                        String[] key = new String[1];
                        boolean[] isProtected = new boolean[1];
                        Secret value = string(r, key, isProtected);
                        if (strings.containsKey(key[0])) {
                            value.close();
                        } else {
                            strings.put(key[0], value);
                            order.add(key[0]);
                            hidden.add(isProtected[0]);
                        }
                    }
                    case "Binary" -> binary(r, e);
                    case "AutoType" -> autoType(r, e);
                    case "History" -> history(r, e);
                    default -> {
                    }
                }
            }
            e.title(text(strings.remove("Title"))).username(text(strings.remove("UserName")))
                    .url(text(strings.remove("URL"))).notes(text(strings.remove("Notes")));
            Secret password = strings.remove("Password");
            if (password != null && password.isEmpty()) {
                password.close();
                password = null;
            }
            e.password(password);
            for (int i = 0; i < order.size(); i++) {
                Secret v = strings.get(order.get(i));
                if (v != null && !isStandard(order.get(i))) {
                    if (v.isEmpty()) {
                        v.close();
                    } else {
                        e.field(order.get(i), hidden.get(i), v);
                    }
                }
            }
            return e;
        } catch (XMLStreamException | LatchkeyException | RuntimeException ex) {
            e.close();
            throw ex;
        }
    }

    private static boolean isStandard(String key) {
        for (String s : STANDARD) {
            if (s.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static String text(Secret s) {
        if (s == null) {
            return "";
        }
        try (s) {
            return new String(s.bytes(), StandardCharsets.UTF_8);
        }
    }

    /** A String element: its key and its value, decrypted when protected. */
    private Secret string(XMLStreamReader r, String[] key, boolean[] isProtected) throws XMLStreamException {
        key[0] = "";
        Secret value = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("String")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Key")) {
                key[0] = r.getElementText();
            } else if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Value")) {
                isProtected[0] = "True".equalsIgnoreCase(r.getAttributeValue(null, "Protected"))
                        || "True".equalsIgnoreCase(r.getAttributeValue(null, "ProtectInMemory"));
                boolean encrypted = "True".equalsIgnoreCase(r.getAttributeValue(null, "Protected"));
                String text = r.getElementText();
                if (encrypted) {
                    byte[] cipher = Base64.getMimeDecoder().decode(text);
                    value = Secret.wrap(inner.decrypt(cipher));
                    Wipe.bytes(cipher);
                } else {
                    value = Secret.wrap(text.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return value == null ? Secret.wrap(new byte[0]) : value;
    }

    private void binary(XMLStreamReader r, ImportedEntry e) throws XMLStreamException {
        String key = "";
        byte[] content = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Binary")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Key")) {
                key = r.getElementText();
            } else if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Value")) {
                String ref = r.getAttributeValue(null, "Ref");
                String text = r.getElementText();
                content = ref != null ? pooled(ref) : Base64.getMimeDecoder().decode(text);
            }
        }
        if (content == null) {
            e.notKept("attachment \"" + key + "\" (its content is missing)");
        } else {
            e.attachment(key, Secret.wrap(content));
        }
    }

    /** An attachment's content from the header (KDBX 4: a flags byte, then the bytes) or the Meta pool (KDBX 3). */
    private byte[] pooled(String ref) {
        if (kdbx4) {
            int i = Integer.parseInt(ref.strip());
            if (i < 0 || i >= headerBinaries.size()) {
                return null;
            }
            byte[] b = headerBinaries.get(i);
            return b.length == 0 ? new byte[0] : java.util.Arrays.copyOfRange(b, 1, b.length);
        }
        byte[] b = metaBinaries.get(ref.strip());
        return b == null ? null : b.clone();
    }

    /** KDBX 3 keeps attachments in Meta/Binaries, Base64, perhaps gzipped, and perhaps protected. */
    private void binaries(XMLStreamReader r) throws XMLStreamException, LatchkeyException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Binaries")) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Binary")) {
                String id = r.getAttributeValue(null, "ID");
                boolean compressed = "True".equalsIgnoreCase(r.getAttributeValue(null, "Compressed"));
                boolean encrypted = "True".equalsIgnoreCase(r.getAttributeValue(null, "Protected"));
                byte[] data = Base64.getMimeDecoder().decode(r.getElementText());
                if (encrypted) {
                    data = inner.decrypt(data);
                }
                if (compressed) {
                    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
                        data = in.readAllBytes();
                    } catch (IOException ex) {
                        throw new XMLStreamException("attachment " + id + " is not valid gzip");
                    }
                }
                metaBinaries.put(id == null ? "" : id.strip(), data);
            }
        }
    }

    private void times(XMLStreamReader r, ImportedEntry e) throws XMLStreamException {
        boolean expires = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Times")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "CreationTime" -> e.created(time(r.getElementText()));
                    case "LastModificationTime" -> e.modified(time(r.getElementText()));
                    case "Expires" -> expires = "True".equalsIgnoreCase(r.getElementText().strip());
                    default -> {
                    }
                }
            }
        }
        if (expires) {
            e.notKept("expiry date");
        }
    }

    private void autoType(XMLStreamReader r, ImportedEntry e) throws XMLStreamException {
        int depth = 1;
        while (r.hasNext() && depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (r.getLocalName().equals("DefaultSequence") || r.getLocalName().equals("KeystrokeSequence")) {
                    depth--;
                    if (!r.getElementText().isBlank()) {
                        e.notKept("auto-type sequence");
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Earlier versions: each one's password and when it was replaced (its modification time). */
    private void history(XMLStreamReader r, ImportedEntry e) throws XMLStreamException, LatchkeyException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("History")) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Entry")) {
                entries--;
                try (ImportedEntry old = entry(r)) {
                    if (old.password() != null) {
                        e.oldPassword(old.modified(), old.takePassword());
                    }
                }
            }
        }
    }

    /** KDBX 4: Base64 of little-endian seconds since 0001-01-01; KDBX 3: ISO 8601. */
    private Instant time(String text) throws XMLStreamException {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            if (kdbx4 && !t.contains("-")) {
                byte[] b = Base64.getDecoder().decode(t);
                if (b.length != 8) {
                    throw new XMLStreamException("a time is not 8 bytes");
                }
                long seconds = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getLong();
                return Instant.ofEpochSecond(seconds - SECONDS_TO_EPOCH);
            }
            return Instant.parse(t);
        } catch (IllegalArgumentException | java.time.DateTimeException ex) {
            throw new XMLStreamException("\"" + (t.length() > 30 ? t.substring(0, 30) : t) + "\" is not a time");
        }
    }
}
