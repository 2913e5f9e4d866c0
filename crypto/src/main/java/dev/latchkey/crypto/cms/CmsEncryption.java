package dev.latchkey.crypto.cms;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.random.Randoms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.KeyAgreeRecipientId;
import org.bouncycastle.cms.KeyTransRecipientId;
import org.bouncycastle.cms.RecipientId;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.RecipientInformationStore;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;

/**
 * Encrypts a message for several recipients (CMS EnvelopedData, or AuthEnvelopedData for
 * AES-GCM) and decrypts one with a recipient's private key. RSA recipients get the content key
 * with RSAES-OAEP (SHA-256); EC recipients by ephemeral-static ECDH with the SHA-256 KDF and
 * AES key wrap, each with a key of its own.
 */
public final class CmsEncryption {
    private CmsEncryption() {
    }

    public static byte[] encrypt(byte[] content, List<X509Certificate> recipients, ContentCipher cipher,
            CmsFormat format) throws CryptoException {
        if (recipients.isEmpty()) {
            throw new UnsupportedFormatException("An encrypted message needs at least one recipient.");
        }
        try {
            List<RecipientInfoGenerator> infos = new ArrayList<>();
            for (X509Certificate recipient : recipients) {
                infos.add(recipientInfo(recipient));
            }
            ContentInfo message;
            JceCMSContentEncryptorBuilder encryptor = new JceCMSContentEncryptorBuilder(cipher.oid())
                    .setProvider(BouncyCastle.provider()).setSecureRandom(Randoms.secureRandom());
            if (cipher.authenticated()) {
                CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
                infos.forEach(generator::addRecipientInfoGenerator);
                message = generator.generate(new CMSProcessableByteArray(content),
                        (OutputAEADEncryptor) encryptor.build()).toASN1Structure();
            } else {
                CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
                infos.forEach(generator::addRecipientInfoGenerator);
                OutputEncryptor built = encryptor.build();
                message = generator.generate(new CMSProcessableByteArray(content), built).toASN1Structure();
            }
            byte[] der = message.getEncoded("DER");
            return switch (format) {
                case DER -> der;
                case PEM -> PemWriter.encode("CMS", der).getBytes(StandardCharsets.US_ASCII);
                case SMIME -> SmimeEntity.wrap(der, cipher.authenticated() ? "authEnveloped-data" : "enveloped-data");
            };
        } catch (CMSException | IOException e) {
            throw new CryptoException("The message cannot be encrypted: " + CmsInput.oneLine(e), e);
        }
    }

    private static RecipientInfoGenerator recipientInfo(X509Certificate recipient) throws CryptoException {
        String algorithm = recipient.getPublicKey().getAlgorithm();
        try {
            if (algorithm.equals("RSA")) {
                OAEPParameterSpec oaep = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                        PSource.PSpecified.DEFAULT);
                return new JceKeyTransRecipientInfoGenerator(recipient, new JcaAlgorithmParametersConverter()
                        .getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, oaep))
                        .setProvider(BouncyCastle.provider());
            }
            if (recipient.getPublicKey() instanceof ECPublicKey ec) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.provider());
                generator.initialize(ec.getParams(), Randoms.secureRandom());
                KeyPair ephemeral = generator.generateKeyPair();
                return new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF, ephemeral.getPrivate(),
                        ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP).addRecipient(recipient)
                        .setProvider(BouncyCastle.provider()).setSecureRandom(Randoms.secureRandom());
            }
        } catch (GeneralSecurityException e) {
            throw new CryptoException("The recipient's key cannot be used: " + CmsInput.oneLine(e), e);
        }
        throw new UnsupportedFormatException("A " + algorithm + " key cannot receive an encrypted message; "
                + "use an RSA or EC certificate.");
    }

    /** Who the message is encrypted for. */
    public static List<RecipientRef> recipients(byte[] input) throws DecodeException {
        List<RecipientRef> out = new ArrayList<>();
        for (RecipientInformation r : store(input).getRecipients()) {
            RecipientId id = r.getRID();
            if (id instanceof KeyTransRecipientId k) {
                out.add(RecipientRef.of(k.getIssuer(), k.getSerialNumber(), k.getSubjectKeyIdentifier()));
            } else if (id instanceof KeyAgreeRecipientId k) {
                out.add(RecipientRef.of(k.getIssuer(), k.getSerialNumber(), k.getSubjectKeyIdentifier()));
            }
        }
        return out;
    }

    /** Decrypts with the recipient whose certificate is {@code certificate}; the content cipher's name is kept. */
    public static byte[] decrypt(byte[] input, PrivateKey key, X509Certificate certificate) throws CryptoException {
        RecipientInformationStore store = store(input);
        for (RecipientInformation r : store.getRecipients()) {
            RecipientId id = r.getRID();
            boolean mine = id instanceof KeyTransRecipientId k
                    ? RecipientRef.of(k.getIssuer(), k.getSerialNumber(), k.getSubjectKeyIdentifier()).matches(certificate)
                    : id instanceof KeyAgreeRecipientId a
                    && RecipientRef.of(a.getIssuer(), a.getSerialNumber(), a.getSubjectKeyIdentifier()).matches(certificate);
            if (!mine) {
                continue;
            }
            try {
                if (id instanceof KeyTransRecipientId) {
                    return r.getContent(new JceKeyTransEnvelopedRecipient(key).setProvider(BouncyCastle.provider()));
                }
                return r.getContent(new JceKeyAgreeEnvelopedRecipient(key).setProvider(BouncyCastle.provider()));
            } catch (CMSException | RuntimeException e) {
                throw new DecodeException("The message cannot be decrypted (" + CmsInput.oneLine(e) + ").", e);
            }
        }
        throw new UnsupportedFormatException("The message is not encrypted for "
                + certificate.getSubjectX500Principal().getName() + ".");
    }

    private static RecipientInformationStore store(byte[] input) throws DecodeException {
        CmsInput message = CmsInput.read(input);
        if (message.contentInfo() == null) {
            throw new DecodeException("The message is signed, not encrypted.");
        }
        ContentInfo info = message.contentInfo();
        try {
            if (CMSObjectIdentifiers.envelopedData.equals(info.getContentType())) {
                return new CMSEnvelopedData(info).getRecipientInfos();
            }
            if (CMSObjectIdentifiers.authEnvelopedData.equals(info.getContentType())) {
                return new CMSAuthEnvelopedData(info).getRecipientInfos();
            }
        } catch (CMSException | RuntimeException e) {
            throw new DecodeException("The encrypted message cannot be read (" + CmsInput.oneLine(e) + ").", e);
        }
        throw new DecodeException("The message is " + CmsVerifier.contentType(info.getContentType())
                + ", not encrypted data.");
    }
}
