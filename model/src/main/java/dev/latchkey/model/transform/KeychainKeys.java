package dev.latchkey.model.transform;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.keypair.KeyMatch;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CryptoErrors;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The keys the sign/verify/encrypt/decrypt transforms use, found by name in a keychain: an
 * identity (its certificate's key) or, failing that, a private-key item.
 */
public final class KeychainKeys {
    private final KeychainCertificates certificates;

    public KeychainKeys(Keychain keychain) {
        this.certificates = new KeychainCertificates(keychain);
    }

    /** The private key of the identity or key item named {@code name}; reading it may need the password again. */
    public PrivateKey privateKey(String name) throws LatchkeyException {
        try {
            StoredIdentity identity = certificates.identityNamed(name);
            return certificates.privateKey(identity.key());
        } catch (LatchkeyException e) {
            if (e.status() != Status.ITEM_NOT_FOUND) {
                throw e;
            }
        }
        return certificates.privateKey(certificates.keyNamed(name));
    }

    /** The public key of the identity named {@code name} (no secret read), else of the key item of that name. */
    public PublicKey publicKey(String name) throws LatchkeyException {
        try {
            return certificates.identityNamed(name).certificate().certificate().getPublicKey();
        } catch (LatchkeyException e) {
            if (e.status() != Status.ITEM_NOT_FOUND) {
                throw e;
            }
        }
        Item key = certificates.keyNamed(name);
        try {
            return KeyMatch.publicKeyOf(certificates.privateKey(key));
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }
}
