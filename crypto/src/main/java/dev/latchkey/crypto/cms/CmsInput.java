package dev.latchkey.crypto.cms;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.pem.PemReader;
import java.io.IOException;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.mime.Headers;

/**
 * A CMS message as read from a file in any of its forms: DER or BER, PEM, S/MIME
 * {@code application/pkcs7-mime}, or S/MIME {@code multipart/signed}.
 *
 * @param contentInfo the message (for multipart/signed, its signature part)
 * @param signedPart  for multipart/signed, the first part exactly as signed (canonical CRLF), else null
 * @param smime       true for S/MIME input, whose signed content is a MIME entity
 */
record CmsInput(ContentInfo contentInfo, byte[] signedPart, boolean smime) {
    static CmsInput read(byte[] data) throws DecodeException {
        if (data.length == 0) {
            throw new DecodeException("The message is empty.");
        }
        if (PemReader.containsPem(data)) {
            return new CmsInput(contentInfo(PemReader.readAll(data).get(0).der()), null, false);
        }
        if (SmimeEntity.looksLikeMime(data)) {
            Headers headers = SmimeEntity.headers(data);
            String type = headers.getContentType() == null ? "" : headers.getContentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("multipart/signed")) {
                byte[][] parts = SmimeEntity.splitMultipartSigned(data, headers.getBoundary());
                return new CmsInput(contentInfo(SmimeEntity.unwrap(parts[1])), parts[0], true);
            }
            if (type.contains("pkcs7-mime")) {
                return new CmsInput(contentInfo(SmimeEntity.unwrap(data)), null, true);
            }
            throw new DecodeException("The MIME entity is " + type + ", not an S/MIME message.");
        }
        return new CmsInput(contentInfo(data), null, false);
    }

    static ContentInfo contentInfo(byte[] der) throws DecodeException {
        try {
            ASN1Primitive primitive = ASN1Primitive.fromByteArray(der);
            if (primitive == null) {
                throw new DecodeException("The data is not a CMS message.");
            }
            return ContentInfo.getInstance(primitive);
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The data is not a CMS message (" + oneLine(e) + ").", e);
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
