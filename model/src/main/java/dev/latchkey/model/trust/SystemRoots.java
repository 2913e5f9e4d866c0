package dev.latchkey.model.trust;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.pem.PemBlock;
import dev.latchkey.crypto.pem.PemReader;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.x509.CertificateDecoder;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.certificates.CertificateSource;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The platform's root certificates as a read-only keychain: Linux's
 * {@code /etc/ssl/certs/ca-certificates.crt} where it exists, otherwise the JDK's default
 * trust store ({@code cacerts}). Needs no password; loaded once per process by
 * {@link #platform()}. Its items have stable ids derived from each root's SHA-256.
 */
public final class SystemRoots implements CertificateSource {
    public static final String NAME = "System Roots";
    public static final Path LINUX_BUNDLE = Path.of("/etc/ssl/certs/ca-certificates.crt");

    private static SystemRoots platform;

    private final String origin;
    private final List<StoredCertificate> roots;
    private final Map<UUID, StoredCertificate> byId = new LinkedHashMap<>();
    private final int unreadable;

    private SystemRoots(String origin, List<X509Certificate> certificates, int unreadable) throws LatchkeyException {
        this.origin = origin;
        this.unreadable = unreadable;
        List<StoredCertificate> list = new ArrayList<>();
        for (X509Certificate c : certificates) {
            byte[] sha256 = CertificateAttributes.sha256(c);
            UUID id = UUID.nameUUIDFromBytes(sha256);
            if (!byId.containsKey(id)) {
                StoredCertificate stored = new StoredCertificate(
                        new Item(id, ItemClass.CERTIFICATE, CertificateAttributes.of(c, null), 0), c);
                byId.put(id, stored);
                list.add(stored);
            }
        }
        list.sort(Comparator.comparing(StoredCertificate::label, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(s -> s.item().id()));
        this.roots = List.copyOf(list);
    }

    /** This platform's roots, read on first use and kept for the life of the process. */
    public static synchronized SystemRoots platform() throws LatchkeyException {
        if (platform == null) {
            platform = Files.isReadable(LINUX_BUNDLE) ? fromBundle(LINUX_BUNDLE) : fromJdk();
        }
        return platform;
    }

    /**
     * Roots from a PEM bundle. A block that is not a readable certificate is left out (and
     * counted in {@link #unreadable()}) rather than costing the user every other root.
     */
    public static SystemRoots fromBundle(Path bundle) throws LatchkeyException {
        List<PemBlock> blocks;
        try {
            blocks = PemReader.readAll(Files.readAllBytes(bundle));
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "the system roots at " + bundle + " cannot be read", e);
        } catch (DecodeException e) {
            throw new LatchkeyException(Status.DECODE, "the system roots at " + bundle + " are damaged: "
                    + e.getMessage(), e);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        int bad = 0;
        for (PemBlock block : blocks) {
            if (!block.label().equals(PemWriter.CERTIFICATE) && !block.label().equals("TRUSTED CERTIFICATE")) {
                continue;
            }
            try {
                certificates.add(CertificateDecoder.certificate(block.der()));
            } catch (DecodeException e) {
                bad++;
            }
        }
        return new SystemRoots(bundle.toString(), certificates, bad);
    }

    /** The roots the JDK trusts by default ({@code cacerts}, or {@code javax.net.ssl.trustStore}). */
    public static SystemRoots fromJdk() throws LatchkeyException {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            List<X509Certificate> certificates = new ArrayList<>();
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    certificates.addAll(Arrays.asList(x509.getAcceptedIssuers()));
                }
            }
            return new SystemRoots("the Java runtime's trust store", certificates, 0);
        } catch (GeneralSecurityException e) {
            throw new LatchkeyException(Status.IO, "the Java runtime's trust store cannot be read", e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean readOnly() {
        return true;
    }

    /** Where the roots were read from: a file path or "the Java runtime's trust store". */
    public String origin() {
        return origin;
    }

    /** How many entries of the bundle could not be read as certificates. */
    public int unreadable() {
        return unreadable;
    }

    @Override
    public List<StoredCertificate> certificates() {
        return roots;
    }

    /** The roots as read-only certificate items, for lists shared with keychains. */
    public List<Item> items() {
        return roots.stream().map(StoredCertificate::item).toList();
    }

    public Optional<StoredCertificate> get(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<X509Certificate> x509Certificates() {
        return roots.stream().map(StoredCertificate::certificate).toList();
    }

    @Override
    public String toString() {
        return "SystemRoots[" + roots.size() + " from " + origin + "]";
    }
}
