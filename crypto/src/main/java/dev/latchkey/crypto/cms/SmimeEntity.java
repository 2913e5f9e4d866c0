package dev.latchkey.crypto.cms;

import dev.latchkey.crypto.DecodeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.bouncycastle.mime.Headers;

/**
 * The MIME framing of S/MIME (RFC 8551): {@code application/pkcs7-mime} (headers and the
 * message's DER in Base64) and {@code multipart/signed} (the signed entity, then the detached
 * signature as a Base64 part), as openssl and mail clients write them. Only the framing: the
 * CMS inside is Bouncy Castle's.
 */
final class SmimeEntity {
    private SmimeEntity() {
    }

    /** Wraps DER as {@code application/pkcs7-mime; smime-type=…}. */
    static byte[] wrap(byte[] der, String smimeType) {
        String head = "MIME-Version: 1.0\r\n"
                + "Content-Disposition: attachment; filename=\"smime.p7m\"\r\n"
                + "Content-Type: application/pkcs7-mime; smime-type=" + smimeType + "; name=\"smime.p7m\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n";
        String body = Base64.getMimeEncoder(64, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return (head + body + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The content as a canonical MIME entity: as it is when it starts with a Content-Type
     * header, else as text/plain; line ends CRLF.
     */
    static byte[] asEntity(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        String text = new String(content, StandardCharsets.ISO_8859_1);
        return canonical(start.startsWith("content-type:") ? text : "Content-Type: text/plain\r\n\r\n" + text);
    }

    /** multipart/signed: the canonical signed entity, then the detached signature's DER. */
    static byte[] multipartSigned(byte[] entity, byte[] signatureDer, String micalg) {
        String boundary = "----=_latchkey_" + java.util.HexFormat.of().formatHex(
                dev.latchkey.crypto.random.Randoms.bytes(12));
        String head = "MIME-Version: 1.0\r\nContent-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; "
                + "micalg=\"" + micalg + "\"; boundary=\"" + boundary + "\"\r\n\r\n"
                + "This is an S/MIME signed message\r\n\r\n--" + boundary + "\r\n";
        String tail = "\r\n--" + boundary + "\r\n"
                + "Content-Type: application/pkcs7-signature; name=\"smime.p7s\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"smime.p7s\"\r\n\r\n"
                + Base64.getMimeEncoder(64, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(signatureDer)
                + "\r\n\r\n--" + boundary + "--\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(entity);
        out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The two parts of a multipart/signed entity: the signed one (canonical CRLF) and the signature part. */
    static byte[][] splitMultipartSigned(byte[] data, String boundary) throws DecodeException {
        if (boundary == null || boundary.isEmpty()) {
            throw new DecodeException("The multipart/signed message has no boundary.");
        }
        String text = new String(data, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int first = lineStarting(text, delimiter, 0);
        int firstStart = text.indexOf('\n', first) + 1;
        int second = lineStarting(text, delimiter, firstStart);
        int secondStart = text.indexOf('\n', second) + 1;
        int close = lineStarting(text, delimiter, secondStart);
        if (first < 0 || firstStart == 0 || second < 0 || secondStart == 0 || close < 0) {
            throw new DecodeException("The multipart/signed message does not have its two parts.");
        }
        int firstEnd = lineEndBefore(text, second);
        int secondEnd = lineEndBefore(text, close);
        if (firstEnd < firstStart || secondEnd < secondStart) {
            throw new DecodeException("A part of the multipart/signed message is empty.");
        }
        byte[] signed = canonical(text.substring(firstStart, firstEnd));
        byte[] signature = text.substring(secondStart, secondEnd).getBytes(StandardCharsets.ISO_8859_1);
        return new byte[][] {signed, signature};
    }

    private static int lineStarting(String text, String delimiter, int from) {
        for (int i = text.indexOf(delimiter, from); i >= 0; i = text.indexOf(delimiter, i + 1)) {
            if (i == 0 || text.charAt(i - 1) == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The end of the content before a delimiter line: its CRLF or LF belongs to the delimiter. */
    private static int lineEndBefore(String text, int delimiter) {
        int end = delimiter - 1;
        return end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** Line ends as CRLF, as S/MIME signs text. */
    static byte[] canonical(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The body of a MIME entity (what follows its headers); the data itself when it has no headers. */
    static byte[] body(byte[] entity) {
        String start = new String(entity, 0, Math.min(entity.length, 64), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (!start.startsWith("content-")) {
            return entity;
        }
        try {
            return java.util.Arrays.copyOfRange(entity, bodyStart(entity), entity.length);
        } catch (DecodeException e) {
            return entity;
        }
    }

    /** True when the data starts with MIME headers rather than DER or PEM. */
    static boolean looksLikeMime(byte[] data) {
        String start = new String(data, 0, Math.min(data.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return start.startsWith("mime-version:") || start.startsWith("content-type:")
                || start.contains("\ncontent-type:") && !start.contains("-----begin");
    }

    static Headers headers(byte[] data) throws DecodeException {
        try {
            return new Headers(new ByteArrayInputStream(data), "7bit");
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The S/MIME headers cannot be read.", e);
        }
    }

    /** The DER of an {@code application/pkcs7-mime} entity. */
    static byte[] unwrap(byte[] data) throws DecodeException {
        int body = bodyStart(data);
        String encoding = headers(data).getContentTransferEncoding();
        byte[] content = java.util.Arrays.copyOfRange(data, body, data.length);
        if (encoding == null || !encoding.equalsIgnoreCase("base64")) {
            return content;
        }
        try {
            return Base64.getMimeDecoder().decode(new String(content, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new DecodeException("The S/MIME body is not valid Base64.", e);
        }
    }

    /** Where the body starts: after the first empty line. */
    static int bodyStart(byte[] data) throws DecodeException {
        for (int i = 0; i + 1 < data.length; i++) {
            if (data[i] == '\n' && (data[i + 1] == '\n' || data[i + 1] == '\r' && i + 2 < data.length
                    && data[i + 2] == '\n')) {
                return data[i + 1] == '\n' ? i + 2 : i + 3;
            }
        }
        throw new DecodeException("The S/MIME entity has no body.");
    }

}
