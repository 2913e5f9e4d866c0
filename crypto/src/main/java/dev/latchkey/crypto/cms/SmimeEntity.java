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
 * S/MIME's single-part form (RFC 8551 {@code application/pkcs7-mime}): MIME headers and the
 * message's DER in Base64, as openssl and mail clients write it. The multipart/signed form is
 * Bouncy Castle's ({@link CmsSigner}, {@link CmsInput}).
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

    static byte[] readAll(java.io.InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
