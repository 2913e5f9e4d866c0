package dev.latchkey.app.cli;

import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.crypto.transform.AsymmetricCipher;
import dev.latchkey.crypto.transform.SignatureScheme;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CryptoErrors;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.transfer.CertificateImporter;
import dev.latchkey.model.transform.KeychainKeys;
import dev.latchkey.model.transform.Transforms;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * sign, verify, encrypt and decrypt with a keychain key or identity: RSA-PSS, ECDSA or Ed25519
 * signatures; RSA-OAEP or ECIES encryption, chosen by the key's type.
 */
final class KeyTransformCommands {
    private KeyTransformCommands() {
    }

    /** A public key: a keychain identity or key by name, or a certificate or public key file (no keychain needed). */
    static final class PublicKeySource {
        @Option(names = "--key", paramLabel = "NAME", required = true,
                description = "An identity or private key in the keychain.")
        String name;
        @Option(names = "--cert", paramLabel = "FILE", required = true,
                description = "A certificate or public key file (PEM or DER); needs no keychain.")
        Path file;

        PublicKey resolve(LatchkeyCommand root) throws LatchkeyException {
            if (file != null) {
                return fromFile(file);
            }
            Keychain k = root.unlock(root.keychainRef(null));
            return new KeychainKeys(k).publicKey(name);
        }
    }

    static PublicKey fromFile(Path file) throws LatchkeyException {
        KeyMaterial material = CertificateImporter.read(CertificateFiles.read(file), null);
        if (!material.publicKeys().isEmpty()) {
            return material.publicKeys().get(0);
        }
        for (Identity identity : material.identities()) {
            return identity.certificate().getPublicKey();
        }
        for (NamedCertificate c : material.certificates()) {
            return c.certificate().getPublicKey();
        }
        throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, file + " holds no certificate or public key");
    }

    static PrivateKey privateKey(LatchkeyCommand root, String name) throws LatchkeyException {
        Keychain k = root.unlock(root.keychainRef(null));
        return new KeychainKeys(k).privateKey(name);
    }

    private static String schemeOf(java.security.Key key) throws LatchkeyException {
        try {
            return SignatureScheme.forKey(key).cliName();
        } catch (dev.latchkey.crypto.CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    private static String cipherOf(java.security.Key key) throws LatchkeyException {
        try {
            return AsymmetricCipher.forKey(key).cliName();
        } catch (dev.latchkey.crypto.CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    /** The keychain key and the input and output files of sign and decrypt. */
    static final class PrivateKeyJob {
        @Option(names = "--key", required = true, paramLabel = "NAME",
                description = "An identity or private key in the keychain.")
        String name;
        @picocli.CommandLine.Mixin InOutFiles files;
    }

    @Command(name = "sign", description = "Sign a file with a keychain identity or key: RSA-PSS (SHA-256), ECDSA "
            + "(SHA-256) or Ed25519. Writes the raw signature. Supports --json (Base64).")
    static final class Sign implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @picocli.CommandLine.Mixin PrivateKeyJob job;

        @Override
        public Integer call() throws LatchkeyException {
            byte[] message = CryptoIo.input(root, job.files.in);
            PrivateKey key = privateKey(root, job.name);
            byte[] signature = Transforms.sign(key, message);
            CryptoIo.result(root, job.files.out, signature, CliContext.json().createObjectNode().put("scheme", schemeOf(key))
                    .put("signature", Base64.getEncoder().encodeToString(signature)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "verify", description = "Check a signature made by sign (or openssl) with a keychain identity or "
            + "key, or a certificate or public key file: exit 0 when it holds, 60 when not. Supports --json.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @ArgGroup(multiplicity = "1") PublicKeySource key;
        @Option(names = {"-s", "--signature"}, required = true, paramLabel = "FILE", description = "The signature.")
        Path signature;
        @Option(names = {"-i", "--in"}, paramLabel = "FILE", description = "The signed data (default: standard input).")
        Path in;

        @Override
        public Integer call() throws LatchkeyException {
            byte[] message = CryptoIo.input(root, in);
            byte[] sig = CertificateFiles.read(signature);
            PublicKey publicKey = key.resolve(root);
            boolean valid = Transforms.verify(publicKey, message, sig);
            if (root.json) {
                CryptoIo.json(root, CliContext.json().createObjectNode().put("valid", valid)
                        .put("scheme", schemeOf(publicKey)));
            } else if (valid) {
                root.context.out().println("Signature verified (" + schemeOf(publicKey) + ").");
            }
            if (!valid) {
                throw new LatchkeyException(Status.TRUST_FAILED, "the signature does not match the data and key");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "encrypt", description = "Encrypt a short file for a keychain identity or key, or a certificate "
            + "file: RSA-OAEP (SHA-256) or ECIES (X9.63 KDF, AES-GCM). For messages, use cms encrypt. "
            + "Supports --json (Base64).")
    static final class Encrypt implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @ArgGroup(multiplicity = "1") PublicKeySource key;
        @picocli.CommandLine.Mixin InOutFiles files;

        @Override
        public Integer call() throws LatchkeyException {
            byte[] plaintext = CryptoIo.input(root, files.in);
            PublicKey publicKey = key.resolve(root);
            byte[] ciphertext = Transforms.encrypt(publicKey, plaintext);
            CryptoIo.result(root, files.out, ciphertext, CliContext.json().createObjectNode().put("cipher", cipherOf(publicKey))
                    .put("ciphertext", Base64.getEncoder().encodeToString(ciphertext)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "decrypt", description = "Decrypt what encrypt made, with the keychain identity or key. "
            + "Supports --json (Base64).")
    static final class Decrypt implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @picocli.CommandLine.Mixin PrivateKeyJob job;

        @Override
        public Integer call() throws LatchkeyException {
            byte[] ciphertext = CryptoIo.input(root, job.files.in);
            PrivateKey key = privateKey(root, job.name);
            byte[] plaintext = Transforms.decrypt(key, ciphertext);
            CryptoIo.result(root, job.files.out, plaintext, CliContext.json().createObjectNode().put("cipher", cipherOf(key))
                    .put("plaintext", Base64.getEncoder().encodeToString(plaintext)));
            return ExitCodes.OK;
        }
    }
}
