package dev.latchkey.crypto.pkcs12;

import dev.latchkey.crypto.keypair.PrivateKeyWriter;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.random.Randoms;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * Writes identities and certificates as PKCS#12 the way OpenSSL 3 does: certificates in one
 * encrypted safe, each key in a shrouded bag, friendly names and SHA-1 local key ids linking a
 * key to its certificate, and a MAC over the whole.
 */
public final class Pkcs12Writer {
    static final int LEGACY_ITERATIONS = 2048;
    static final int MAC_ITERATIONS = 10_000;

    private Pkcs12Writer() {
    }

    /**
     * @param identities   keys with their chains; every chain certificate is written once
     * @param certificates further certificates, with their friendly names if any
     */
    public static byte[] write(List<Identity> identities, List<NamedCertificate> certificates,
            char[] passphrase, Pkcs12Protection protection) {
        if (passphrase == null) {
            throw new IllegalArgumentException("a PKCS#12 file needs a password (it may be empty)");
        }
        try {
            List<PKCS12SafeBag> certBags = new ArrayList<>();
            List<PKCS12SafeBag> keyBags = new ArrayList<>();
            Set<X509Certificate> written = new LinkedHashSet<>();
            for (Identity identity : identities) {
                byte[] localKeyId = sha1(identity.certificate().getEncoded());
                PKCS12SafeBagBuilder key = new JcaPKCS12SafeBagBuilder(identity.privateKey(),
                        encryptor(protection, passphrase));
                PKCS12SafeBagBuilder cert = new JcaPKCS12SafeBagBuilder(identity.certificate());
                for (PKCS12SafeBagBuilder bag : List.of(key, cert)) {
                    bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, new DEROctetString(localKeyId));
                    identity.friendlyName().ifPresent(n ->
                            bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(n)));
                }
                keyBags.add(key.build());
                certBags.add(cert.build());
                written.add(identity.certificate());
            }
            for (Identity identity : identities) {
                for (X509Certificate ca : identity.chain().subList(1, identity.chain().size())) {
                    if (written.add(ca)) {
                        certBags.add(new JcaPKCS12SafeBagBuilder(ca).build());
                    }
                }
            }
            for (NamedCertificate extra : certificates) {
                if (written.add(extra.certificate())) {
                    PKCS12SafeBagBuilder bag = new JcaPKCS12SafeBagBuilder(extra.certificate());
                    extra.friendlyName().ifPresent(n ->
                            bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(n)));
                    certBags.add(bag.build());
                }
            }
            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            if (!certBags.isEmpty()) {
                pfx.addEncryptedData(encryptor(protection, passphrase), certBags.toArray(new PKCS12SafeBag[0]));
            }
            for (PKCS12SafeBag keyBag : keyBags) {
                pfx.addData(keyBag);
            }
            boolean modern = protection == Pkcs12Protection.AES_256_SHA256;
            JcePKCS12MacCalculatorBuilder mac = new JcePKCS12MacCalculatorBuilder(
                    modern ? NISTObjectIdentifiers.id_sha256 : OIWObjectIdentifiers.idSHA1)
                    .setProvider(BouncyCastle.provider())
                    .setIterationCount(modern ? MAC_ITERATIONS : LEGACY_ITERATIONS);
            return pfx.build(mac, passphrase).getEncoded("DER");
        } catch (IOException | PKCSException | OperatorCreationException | CertificateEncodingException e) {
            throw new IllegalStateException("PKCS#12 encoding failed", e);
        }
    }

    private static OutputEncryptor encryptor(Pkcs12Protection protection, char[] passphrase)
            throws OperatorCreationException {
        if (protection == Pkcs12Protection.AES_256_SHA256) {
            return PrivateKeyWriter.pbes2Aes256(passphrase);
        }
        return new JcePKCSPBEOutputEncryptorBuilder(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC)
                .setProvider(BouncyCastle.provider())
                .setRandom(Randoms.secureRandom())
                .setIterationCount(LEGACY_ITERATIONS)
                .build(passphrase);
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }
}
