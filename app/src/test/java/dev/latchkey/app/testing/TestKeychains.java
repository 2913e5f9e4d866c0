package dev.latchkey.app.testing;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskExecutor;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.model.settings.LatchkeyHome;
import dev.latchkey.model.transfer.CertificateImporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Real keychains in a temp folder with the floor KDF and a hand-moved clock, plus the UI
 * plumbing view-model tests share: inline task runner, recording dialogs, English texts, and the
 * test PKI imported as File &gt; Import does.
 */
public final class TestKeychains {
    public static final String PASSWORD = "correct horse battery staple";

    public final ManualTime time = new ManualTime();
    public final KeychainService service;
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final Messages messages = Messages.load(Locale.ENGLISH);
    public final ErrorPresenter errors;
    public final TaskRunner runner;

    public TestKeychains(Path home) {
        service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, time);
        errors = new ErrorPresenter(dialogs, time, "test");
        runner = new TaskRunner(TaskExecutor.INLINE, errors::present);
    }

    public static char[] password() {
        return PASSWORD.toCharArray();
    }

    /** Creates and unlocks a keychain. */
    public Keychain unlocked(String name) throws LatchkeyException {
        KeychainRef ref = service.create(name, password());
        return service.unlock(ref, password());
    }

    public static UUID addInternet(Keychain k, String label, String server, String account, String password)
            throws LatchkeyException {
        ItemAttributes a = ItemAttributes.builder().set(Attribute.LABEL, label).set(Attribute.SERVER, server)
                .set(Attribute.PROTOCOL, "https").set(Attribute.ACCOUNT, account).build();
        try (Secret s = secret(password)) {
            return k.add(ItemClass.INTERNET_PASSWORD, a, s);
        }
    }

    public static UUID addGeneric(Keychain k, String service, String account, String password)
            throws LatchkeyException {
        ItemAttributes a = ItemAttributes.builder().set(Attribute.LABEL, service).set(Attribute.SERVICE, service)
                .set(Attribute.ACCOUNT, account).build();
        try (Secret s = secret(password)) {
            return k.add(ItemClass.GENERIC_PASSWORD, a, s);
        }
    }

    public static UUID addNote(Keychain k, String label, String text) throws LatchkeyException {
        try (Secret s = secret(text)) {
            return k.add(ItemClass.SECURE_NOTE, ItemAttributes.builder().set(Attribute.LABEL, label).build(), s);
        }
    }

    /** Stores named parts (fields or attached files) as one of the item's secrets. */
    public static void putParts(Keychain k, UUID id, SecretKind kind, SecretParts.Part... parts)
            throws LatchkeyException {
        try (SecretParts p = new SecretParts(List.of(parts)); Secret encoded = p.encode()) {
            k.putSecret(id, kind, encoded);
        }
    }

    public static Secret secret(String s) {
        return Secret.copyOf(s.getBytes(StandardCharsets.UTF_8));
    }

    public static String text(Secret s) {
        return new String(s.bytes(), StandardCharsets.UTF_8);
    }

    public static String secretOf(Keychain k, UUID id) throws LatchkeyException {
        try (Secret s = k.readSecret(id)) {
            return text(s);
        }
    }

    /** Imports {@link TestPki}'s leaf identity (and its chain) into {@code keychain}, as File &gt; Import does. */
    public static void importTestPki(Keychain keychain) throws LatchkeyException {
        new CertificateImporter(keychain).importFile(TestPki.get().pkcs12(), TestPki.FILE_PASSPHRASE.toCharArray());
    }

    /** The stored item of {@code certificate} in {@code keychain}. */
    public static Item certificateItem(Keychain keychain, X509Certificate certificate) throws LatchkeyException {
        for (Item item : keychain.items()) {
            if (item.itemClass() == ItemClass.CERTIFICATE
                    && CertificateAttributes.certificate(item).equals(certificate)) {
                return item;
            }
        }
        throw new IllegalStateException("not in the keychain: " + certificate.getSubjectX500Principal());
    }
}
