package dev.latchkey.crypto.pkcs12;

import java.security.MessageDigest;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;

/**
 * The PKCS#12 MAC under the other encoding of an empty password. PKCS#12 turns a password into
 * a NUL-terminated BMPString, so "" becomes the two bytes 00 00 — which OpenSSL writes — while
 * Bouncy Castle (and pyca's files) use no bytes at all. An empty password must open both.
 */
final class EmptyPasswordMac {
    private static final byte[] BMP_EMPTY = {0, 0};

    private EmptyPasswordMac() {
    }

    static boolean valid(Pfx pfx) {
        MacData macData = pfx.getMacData();
        try {
            Digest kdfDigest = BcDefaultDigestProvider.INSTANCE.get(macData.getMac().getAlgorithmId());
            PKCS12ParametersGenerator generator = new PKCS12ParametersGenerator(kdfDigest);
            generator.init(BMP_EMPTY, macData.getSalt(), macData.getIterationCount().intValueExact());
            KeyParameter key = (KeyParameter) generator.generateDerivedMacParameters(kdfDigest.getDigestSize() * 8);
            HMac hmac = new HMac(BcDefaultDigestProvider.INSTANCE.get(macData.getMac().getAlgorithmId()));
            hmac.init(key);
            byte[] data = ASN1OctetString.getInstance(pfx.getAuthSafe().getContent()).getOctets();
            hmac.update(data, 0, data.length);
            byte[] mac = new byte[hmac.getMacSize()];
            hmac.doFinal(mac, 0);
            return MessageDigest.isEqual(mac, macData.getMac().getDigest());
        } catch (OperatorCreationException | RuntimeException e) {
            return false;
        }
    }
}
