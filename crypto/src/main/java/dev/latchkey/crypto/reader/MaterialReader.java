package dev.latchkey.crypto.reader;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.keystore.JavaKeyStoreReader;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.SourceFormat;
import dev.latchkey.crypto.pem.PemReader;

/**
 * The import entry point: reads any supported file — PEM (bundles of certificates, keys, CRLs),
 * DER certificates/keys/CRLs, PKCS#7, PKCS#12, JKS, JCEKS — detecting the type from the content.
 *
 * <p>All or nothing: a file that fails anywhere throws, and nothing of it is returned. Failures
 * are {@link dev.latchkey.crypto.DecodeException} (damaged), {@link UnsupportedFormatException},
 * {@link dev.latchkey.crypto.PassphraseRequiredException} (ask, then call again) and
 * {@link dev.latchkey.crypto.WrongPassphraseException}.
 */
public final class MaterialReader {
    private MaterialReader() {
    }

    /** DER, unless it does not parse and the bytes hold PEM after all (text that starts with "0"). */
    private static KeyMaterial derOrPem(byte[] data, char[] passphrase) throws CryptoException {
        try {
            return DerMaterialReader.read(data, passphrase);
        } catch (DecodeException e) {
            if (PemReader.containsPem(data)) {
                return PemMaterialReader.read(data, passphrase);
            }
            throw e;
        }
    }

    /**
     * @param passphrase for encrypted keys, PKCS#12 and key stores; {@code null} when none was
     *                   given (an unprotected PKCS#12 file opens with no passphrase). Not kept.
     */
    public static KeyMaterial read(byte[] data, char[] passphrase) throws CryptoException {
        SourceFormat container = FormatDetector.container(data);
        KeyMaterial material;
        if (container == SourceFormat.JKS || container == SourceFormat.JCEKS) {
            material = JavaKeyStoreReader.read(data, container, passphrase);
        } else if (container == SourceFormat.PEM) {
            material = PemMaterialReader.read(data, passphrase);
        } else {
            material = derOrPem(data, passphrase);
        }
        if (material.isEmpty()) {
            throw new UnsupportedFormatException(material.skipped().isEmpty()
                    ? "The file holds no certificates or keys."
                    : "The file holds only " + String.join(", ", material.skipped()) + ", which Latchkey does not import.");
        }
        return material;
    }
}
