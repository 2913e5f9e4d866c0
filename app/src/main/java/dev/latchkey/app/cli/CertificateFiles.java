package dev.latchkey.app.cli;

import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.transfer.CertificateImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Reads the certificate, CRL and request files named on the command line. */
final class CertificateFiles {
    private CertificateFiles() {
    }

    static byte[] read(Path file) throws LatchkeyException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LatchkeyException(Status.PARAM, "file " + file + " does not exist");
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot read " + file);
        }
    }

    /** Every certificate in a file (PEM, DER or PKCS#7), in the file's order; at least one. */
    static List<X509Certificate> certificates(Path file) throws LatchkeyException {
        KeyMaterial material = material(file);
        List<X509Certificate> out = new ArrayList<>();
        for (Identity identity : material.identities()) {
            out.addAll(identity.chain());
        }
        for (NamedCertificate c : material.certificates()) {
            if (!out.contains(c.certificate())) {
                out.add(c.certificate());
            }
        }
        if (out.isEmpty()) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, file + " holds no certificate");
        }
        return out;
    }

    /** The first certificate of a file. */
    static X509Certificate certificate(Path file) throws LatchkeyException {
        return certificates(file).get(0);
    }

    static List<X509CRL> crls(Path file) throws LatchkeyException {
        List<X509CRL> crls = material(file).crls();
        if (crls.isEmpty()) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, file + " holds no certificate revocation list");
        }
        return crls;
    }

    private static KeyMaterial material(Path file) throws LatchkeyException {
        try {
            return CertificateImporter.read(read(file), null);
        } catch (LatchkeyException e) {
            throw new LatchkeyException(e.status(), file + ": " + e.getMessage(), e);
        }
    }
}
