package dev.latchkey.crypto.cms;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.pem.PemReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.mime.Headers;
import org.bouncycastle.mime.MimeParser;
import org.bouncycastle.mime.MimeParserContext;
import org.bouncycastle.mime.smime.SMimeParserListener;
import org.bouncycastle.mime.smime.SMimeParserProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;

/**
 * A CMS message as read from a file in any of its forms: DER or BER, PEM, S/MIME
 * {@code application/pkcs7-mime}, or S/MIME {@code multipart/signed} (whose signer digests
 * Bouncy Castle computes over the signed part while it parses).
 *
 * @param contentInfo the message; for multipart/signed, its signature part
 * @param mimeSigned  for multipart/signed, the signed part's content and the signers with their digests
 */
record CmsInput(ContentInfo contentInfo, MimeSigned mimeSigned) {
    /** What BC's S/MIME parser found in a multipart/signed entity. */
    record MimeSigned(byte[] content, Store<org.bouncycastle.cert.X509CertificateHolder> certificates,
            SignerInformationStore signers) {
    }

    static CmsInput read(byte[] data) throws DecodeException {
        if (data.length == 0) {
            throw new DecodeException("The message is empty.");
        }
        if (PemReader.containsPem(data)) {
            return new CmsInput(contentInfo(PemReader.readAll(data).get(0).der()), null);
        }
        if (SmimeEntity.looksLikeMime(data)) {
            Headers headers = SmimeEntity.headers(data);
            String type = headers.getContentType() == null ? "" : headers.getContentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("multipart/signed")) {
                return multipartSigned(data);
            }
            if (type.contains("pkcs7-mime")) {
                return new CmsInput(contentInfo(SmimeEntity.unwrap(data)), null);
            }
            throw new DecodeException("The MIME entity is " + type + ", not an S/MIME message.");
        }
        return new CmsInput(contentInfo(data), null);
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

    private static CmsInput multipartSigned(byte[] data) throws DecodeException {
        byte[][] content = new byte[1][];
        MimeSigned[] found = new MimeSigned[1];
        try {
            SMimeParserProvider provider = new SMimeParserProvider("7bit",
                    new JcaDigestCalculatorProviderBuilder().setProvider(dev.latchkey.crypto.provider.BouncyCastle
                            .provider()).build());
            MimeParser parser = provider.createParser(new ByteArrayInputStream(data));
            parser.parse(new SMimeParserListener() {
                @Override
                public void content(MimeParserContext context, Headers headers, InputStream in) throws IOException {
                    content[0] = SmimeEntity.readAll(in);
                }

                @Override
                @SuppressWarnings("unchecked")
                public void signedData(MimeParserContext context, Headers headers, Store certificates, Store crls,
                        Store attributeCertificates, SignerInformationStore signers) {
                    found[0] = new MimeSigned(null, certificates, signers);
                }
            });
        } catch (IOException | OperatorCreationException | RuntimeException e) {
            throw new DecodeException("The S/MIME message cannot be read (" + oneLine(e) + ").", e);
        }
        if (found[0] == null || content[0] == null) {
            throw new DecodeException("The multipart/signed message has no signature part.");
        }
        return new CmsInput(null, new MimeSigned(content[0], found[0].certificates(), found[0].signers()));
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    static DecodeException failure(String what, CMSException e) {
        return new DecodeException(what + " (" + oneLine(e) + ").", e);
    }
}
