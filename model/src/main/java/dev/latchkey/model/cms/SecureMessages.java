package dev.latchkey.model.cms;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.cms.CmsEncryption;
import dev.latchkey.crypto.cms.CmsFormat;
import dev.latchkey.crypto.cms.CmsSigner;
import dev.latchkey.crypto.cms.CmsVerifier;
import dev.latchkey.crypto.cms.ContentCipher;
import dev.latchkey.crypto.cms.RecipientRef;
import dev.latchkey.crypto.cms.SignedMessage;
import dev.latchkey.crypto.cms.SignerReport;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CryptoErrors;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.trust.TrustService;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cryptographic Message Syntax with the keychain (architecture §1): sign with a stored identity,
 * verify and evaluate each signer for S/MIME, encrypt for certificates, and decrypt with
 * whichever stored identity the message is for.
 */
public final class SecureMessages {
    private SecureMessages() {
    }

    public static byte[] sign(Identity identity, byte[] content, boolean detached, CmsFormat format)
            throws LatchkeyException {
        try {
            return CmsSigner.sign(content, identity.privateKey(), identity.chain(), detached, format);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    /**
     * Verifies every signature and evaluates each signer's certificate (with the message's
     * other certificates as intermediates) for S/MIME and {@code email} at {@code time} (null: now).
     */
    public static MessageVerdict verify(byte[] input, byte[] detachedContent, TrustService trust, String email,
            Instant time) throws LatchkeyException {
        SignedMessage message;
        try {
            message = CmsVerifier.verify(input, detachedContent);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
        List<SignerVerdict> verdicts = new ArrayList<>();
        for (SignerReport signer : message.signers()) {
            verdicts.add(new SignerVerdict(signer, signer.certificate().map(c -> trust.evaluate(c,
                    message.certificates(), TrustPolicy.smime(email), time))));
        }
        return new MessageVerdict(message, verdicts);
    }

    public static byte[] encrypt(byte[] content, List<X509Certificate> recipients, ContentCipher cipher,
            CmsFormat format) throws LatchkeyException {
        try {
            return CmsEncryption.encrypt(content, recipients, cipher, format);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    /** Decrypts with the keychain's identity the message is encrypted for; ITEM_NOT_FOUND when there is none. */
    public static Decrypted decrypt(Keychain keychain, byte[] input) throws LatchkeyException {
        try {
            List<RecipientRef> recipients = CmsEncryption.recipients(input);
            KeychainCertificates certificates = new KeychainCertificates(keychain);
            for (StoredIdentity identity : certificates.identities()) {
                X509Certificate c = identity.certificate().certificate();
                if (recipients.stream().anyMatch(r -> r.matches(c))) {
                    Identity open = certificates.open(identity);
                    return new Decrypted(CmsEncryption.decrypt(input, open.privateKey(), c), identity.label());
                }
            }
            throw new LatchkeyException(Status.ITEM_NOT_FOUND, "the message is for " + describe(recipients)
                    + "; \"" + keychain.ref().name() + "\" has none of their identities");
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    /** Decrypts with one given identity. */
    public static byte[] decrypt(Identity identity, byte[] input) throws LatchkeyException {
        try {
            return CmsEncryption.decrypt(input, identity.privateKey(), identity.certificate());
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    private static String describe(List<RecipientRef> recipients) {
        return recipients.size() == 1 ? recipients.get(0).toString() : recipients.size() + " recipients";
    }

    /** A decrypted message and the identity that opened it. */
    public record Decrypted(byte[] content, String identity) {
        @Override
        public String toString() {
            return "Decrypted[" + content.length + " bytes, " + identity + "]";
        }
    }
}
