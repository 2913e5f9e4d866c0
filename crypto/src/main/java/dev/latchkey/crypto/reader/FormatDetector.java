package dev.latchkey.crypto.reader;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.material.SourceFormat;
import dev.latchkey.crypto.pem.PemReader;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;

/** Tells what a file is from its bytes alone: key store magic, PEM armour, or the shape of its DER. */
public final class FormatDetector {
    private static final int JKS_MAGIC = 0xFEEDFEED;
    private static final int JCEKS_MAGIC = 0xCECECECE;

    /** What a DER structure is, finer than {@link SourceFormat}. */
    public enum DerKind {
        CERTIFICATE, CRL, CERTIFICATE_REQUEST, PKCS7, PKCS12, PRIVATE_KEY_INFO, ENCRYPTED_PRIVATE_KEY_INFO,
        RSA_PRIVATE_KEY, EC_PRIVATE_KEY, DSA_PRIVATE_KEY, SUBJECT_PUBLIC_KEY_INFO, RSA_PUBLIC_KEY
    }

    private FormatDetector() {
    }

    /** The container: JKS, JCEKS, PEM, or {@code null} for DER (see {@link #derKind}). */
    public static SourceFormat container(byte[] data) throws DecodeException, UnsupportedFormatException {
        if (data.length == 0) {
            throw new DecodeException("The file is empty.");
        }
        if (data.length >= 4) {
            int magic = ((data[0] & 0xff) << 24) | ((data[1] & 0xff) << 16) | ((data[2] & 0xff) << 8) | (data[3] & 0xff);
            if (magic == JKS_MAGIC) {
                return SourceFormat.JKS;
            }
            if (magic == JCEKS_MAGIC) {
                return SourceFormat.JCEKS;
            }
        }
        if (data[0] != 0x30 && PemReader.containsPem(data)) {
            return SourceFormat.PEM;
        }
        String head = new String(data, 0, Math.min(data.length, 32), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.startsWith("ssh-") || head.startsWith("ecdsa-sha2-")) {
            throw new UnsupportedFormatException("The file is an OpenSSH public key, which Latchkey does not import.");
        }
        return null;
    }

    public static DerKind derKind(byte[] der) throws DecodeException, UnsupportedFormatException {
        ASN1Sequence seq;
        try {
            if (der[0] != 0x30) {
                throw new DecodeException("The file is not a certificate, key or key store Latchkey can read.");
            }
            seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The DER data is damaged or truncated.", e);
        }
        DerKind kind = classify(seq);
        if (kind == null) {
            throw new UnsupportedFormatException("The DER data is not a certificate, key or bundle Latchkey can read.");
        }
        return kind;
    }

    private static DerKind classify(ASN1Sequence seq) {
        int n = seq.size();
        if (n == 0) {
            return null;
        }
        ASN1Encodable first = seq.getObjectAt(0);
        if (first instanceof ASN1ObjectIdentifier oid) {
            return PKCSObjectIdentifiers.signedData.equals(oid) ? DerKind.PKCS7 : null;
        }
        if (n == 3 && first instanceof ASN1Sequence tbs && seq.getObjectAt(1) instanceof ASN1Sequence
                && seq.getObjectAt(2) instanceof ASN1BitString) {
            return signedKind(tbs);
        }
        if (n == 2 && first instanceof ASN1Sequence) {
            if (seq.getObjectAt(1) instanceof ASN1BitString) {
                return DerKind.SUBJECT_PUBLIC_KEY_INFO;
            }
            if (seq.getObjectAt(1) instanceof ASN1OctetString) {
                return DerKind.ENCRYPTED_PRIVATE_KEY_INFO;
            }
            return null;
        }
        if (!(first instanceof ASN1Integer version)) {
            return null;
        }
        ASN1Encodable second = n > 1 ? seq.getObjectAt(1) : null;
        if (version.hasValue(3) && (n == 2 || n == 3) && second instanceof ASN1Sequence) {
            return DerKind.PKCS12;
        }
        if (n >= 3 && second instanceof ASN1Sequence && seq.getObjectAt(2) instanceof ASN1OctetString) {
            return DerKind.PRIVATE_KEY_INFO;
        }
        if (version.hasValue(1) && second instanceof ASN1OctetString) {
            return DerKind.EC_PRIVATE_KEY;
        }
        if (n == 2 && second instanceof ASN1Integer) {
            return DerKind.RSA_PUBLIC_KEY;
        }
        if (allIntegers(seq) && version.hasValue(0)) {
            return n == 6 ? DerKind.DSA_PRIVATE_KEY : n >= 9 ? DerKind.RSA_PRIVATE_KEY : null;
        }
        return null;
    }

    /** TBS shapes: certificate (version tag or serial, then algorithm, issuer, validity), request, CRL. */
    private static DerKind signedKind(ASN1Sequence tbs) {
        if (tbs.size() == 0) {
            return null;
        }
        ASN1Encodable head = tbs.getObjectAt(0);
        if (head instanceof ASN1TaggedObject) {
            return DerKind.CERTIFICATE;
        }
        if (head instanceof ASN1Integer && tbs.size() >= 4 && tbs.getObjectAt(1) instanceof ASN1Sequence
                && tbs.getObjectAt(2) instanceof ASN1Sequence && tbs.getObjectAt(3) instanceof ASN1Sequence) {
            ASN1Sequence third = (ASN1Sequence) tbs.getObjectAt(3);
            // A certificate's fourth field is Validity (two times); a request's third is its key.
            return third.size() == 2 && !(third.getObjectAt(0) instanceof ASN1Sequence)
                    ? DerKind.CERTIFICATE : null;
        }
        if (head instanceof ASN1Integer && tbs.size() >= 3 && tbs.getObjectAt(tbs.size() - 1) instanceof ASN1TaggedObject
                && tbs.getObjectAt(2) instanceof ASN1Sequence spki && spki.size() == 2
                && spki.getObjectAt(1) instanceof ASN1BitString) {
            return DerKind.CERTIFICATE_REQUEST;
        }
        return DerKind.CRL;
    }

    private static boolean allIntegers(ASN1Sequence seq) {
        for (ASN1Encodable e : seq) {
            if (!(e instanceof ASN1Integer)) {
                return false;
            }
        }
        return true;
    }
}
