package dev.latchkey.crypto.keystore;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.PassphraseRequiredException;
import dev.latchkey.crypto.WrongPassphraseException;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.material.IdentityPairing;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.SourceFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads Java key stores (JKS, JCEKS) with the JDK's own implementation. Without a password the
 * certificates can still be listed, as with {@code keytool -list}; private keys need it.
 */
public final class JavaKeyStoreReader {
    private JavaKeyStoreReader() {
    }

    public static KeyMaterial read(byte[] data, SourceFormat format, char[] passphrase) throws CryptoException {
        String type = switch (format) {
            case JKS -> "JKS";
            case JCEKS -> "JCEKS";
            default -> throw new IllegalArgumentException("not a Java key store format: " + format);
        };
        KeyStore store = load(data, type, passphrase);
        IdentityPairing pairing = new IdentityPairing();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    readKeyEntry(store, alias, passphrase, pairing);
                } else if (store.getCertificate(alias) instanceof X509Certificate cert) {
                    pairing.addCertificate(alias, cert, null);
                } else {
                    pairing.skip("a non-X.509 certificate entry \"" + alias + "\"");
                }
            }
        } catch (GeneralSecurityException e) {
            throw new DecodeException("The key store's entries could not be read.", e);
        }
        return pairing.build(format);
    }

    private static KeyStore load(byte[] data, String type, char[] passphrase) throws CryptoException {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(new ByteArrayInputStream(data), passphrase);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new WrongPassphraseException("The password does not open the key store.", e);
            }
            throw new DecodeException("The data is not a valid " + type + " key store.", e);
        } catch (GeneralSecurityException e) {
            throw new DecodeException("The data is not a valid " + type + " key store.", e);
        }
    }

    private static void readKeyEntry(KeyStore store, String alias, char[] passphrase, IdentityPairing pairing)
            throws GeneralSecurityException, CryptoException {
        if (passphrase == null) {
            throw new PassphraseRequiredException("The key store holds private keys; its password is needed.");
        }
        Key key;
        try {
            key = store.getKey(alias, passphrase);
        } catch (UnrecoverableKeyException e) {
            throw new WrongPassphraseException("The key \"" + alias
                    + "\" has a password different from the key store's.", e);
        }
        if (!(key instanceof PrivateKey privateKey)) {
            pairing.skip("a secret key entry \"" + alias + "\" (" + key.getAlgorithm() + ")");
            return;
        }
        Certificate[] chain = store.getCertificateChain(alias);
        List<X509Certificate> certs = new ArrayList<>();
        if (chain != null) {
            for (Certificate c : chain) {
                if (c instanceof X509Certificate x) {
                    certs.add(x);
                }
            }
        }
        if (certs.isEmpty()) {
            pairing.addKey(alias, privateKey, null);
        } else {
            pairing.addIdentity(new Identity(alias, privateKey, certs));
        }
    }
}
