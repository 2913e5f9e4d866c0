package dev.latchkey.app.shell;

import dev.latchkey.app.testing.ManualTime;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.otp.OtpAlgorithm;
import dev.latchkey.crypto.issuing.CertificateIssuer;
import dev.latchkey.crypto.issuing.CertificateSpec;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpType;
import dev.latchkey.model.otp.VerificationCodes;
import dev.latchkey.model.password.PasswordGenerator;
import dev.latchkey.model.password.PasswordRules;
import dev.latchkey.model.password.PasswordStyle;
import dev.latchkey.model.settings.LatchkeyHome;
import dev.latchkey.model.transfer.CertificateImporter;
import dev.latchkey.model.trust.TrustSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Fills a Latchkey home with a login keychain of a few dozen realistic items (and a second,
 * locked keychain) for the documentation's screenshots. Dates are spread over past months.
 * Usage: {@code ScreenshotKeychain HOME PASSWORD}; see docs/screenshots/take-screenshots.sh.
 */
public final class ScreenshotKeychain {
    private static final String[][] WEB = {
        {"GitHub", "github.com", "alice.martin@example.com", "/login"},
        {"GitLab", "gitlab.com", "amartin", null},
        {"Google", "accounts.google.com", "alice.martin@gmail.com", null},
        {"Amazon", "www.amazon.com", "alice.martin@gmail.com", "/ap/signin"},
        {"Netflix", "www.netflix.com", "alice.martin@gmail.com", null},
        {"Dropbox", "www.dropbox.com", "alice.martin@example.com", null},
        {"LinkedIn", "www.linkedin.com", "alice.martin@example.com", null},
        {"Mastodon", "mastodon.social", "@alice", null},
        {"Hetzner Console", "console.hetzner.cloud", "alice@martin-it.eu", null},
        {"First Direct Bank", "www.firstdirect.com", "AMARTIN1984", null},
        {"Wikipedia", "en.wikipedia.org", "AliceMartin", null},
        {"Stack Overflow", "stackoverflow.com", "alice.martin@example.com", null},
        {"Booking.com", "secure.booking.com", "alice.martin@gmail.com", null},
        {"Deutsche Bahn", "www.bahn.de", "alice.martin@gmail.com", null},
        {"Proton Mail", "account.proton.me", "alice.martin", null},
        {"Figma", "www.figma.com", "alice.martin@example.com", null},
        {"Jira (work)", "acme.atlassian.net", "a.martin@acme.example", null},
        {"Slack (work)", "acme.slack.com", "a.martin@acme.example", null},
        {"Router admin", "192.168.1.1", "admin", null},
        {"NAS", "nas.home.arpa", "alice", null},
        {"Electricity supplier", "www.octopus.energy", "alice.martin@gmail.com", null},
        {"Tax office", "www.elster.de", "amartin", null},
        {"PayPal", "www.paypal.com", "alice.martin@gmail.com", null},
        {"Spotify", "accounts.spotify.com", "alice.martin@gmail.com", null},
        {"Apple ID", "appleid.apple.com", "alice.martin@icloud.com", null},
        {"Reddit", "www.reddit.com", "quiet_otter_42", null},
    };
    private static final String[][] APPS = {
        {"Thunderbird", "imap.fastmail.com", "alice@fastmail.com"},
        {"OpenVPN (work)", "vpn.acme.example", "a.martin"},
        {"Wi-Fi: Martin Home", "Martin Home 5G", ""},
        {"Docker Hub", "docker.io", "amartin"},
        {"SSH key passphrase", "id_ed25519", "alice"},
        {"Signal backup", "Signal", "backup passphrase"},
    };
    private static final String[][] NOTES = {
        {"Passport number", "Passport C4X8R2T91, valid until 2031-06-30."},
        {"Recovery codes: GitHub", "3f9a-1c2d\n77b1-90aa\ne4c2-5d18\n0b6f-a3e7"},
        {"Home alarm code", "Code 4711, duress code 4712."},
        {"Bike lock", "Combination 0-4-2-8."},
    };

    private ScreenshotKeychain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        char[] password = args[1].toCharArray();
        ManualTime time = new ManualTime(Instant.now().minus(Duration.ofDays(400)));
        PasswordGenerator generator = new PasswordGenerator();
        try (KeychainService service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, time)) {
            KeychainRef login = service.create("login", password);
            service.create("Work", password);
            try (Keychain k = service.unlock(login, password)) {
                int i = 0;
                for (String[] w : WEB) {
                    time.advance(Duration.ofHours(200 + (37L * i++) % 120));
                    ItemAttributes.Builder a = ItemAttributes.builder().set(Attribute.LABEL, w[0])
                            .set(Attribute.SERVER, w[1]).set(Attribute.PROTOCOL, "https").set(Attribute.ACCOUNT, w[2])
                            .set(Attribute.PATH, w[3]);
                    if (w[0].equals("Hetzner Console")) {
                        a.set(Attribute.FOLDER, "Work/Servers");
                    }
                    if (w[0].equals("First Direct Bank")) {
                        a.set(Attribute.REQUIRE_PASSWORD, true).set(Attribute.COMMENT, "Telephone banking PIN in the note");
                    }
                    String chosen = CHOSEN.get(w[0]);
                    if (chosen != null) {
                        try (Secret s = Secret.copyOf(chosen.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                            k.add(ItemClass.INTERNET_PASSWORD, a.build(), s);
                        }
                    } else {
                        add(k, ItemClass.INTERNET_PASSWORD, a.build(), generator, i % 3 == 0 ? PasswordStyle.APPLE
                                : PasswordStyle.RANDOM);
                    }
                }
                for (String[] app : APPS) {
                    time.advance(Duration.ofHours(200 + (37L * i++) % 120));
                    add(k, ItemClass.GENERIC_PASSWORD, ItemAttributes.builder().set(Attribute.LABEL, app[0])
                            .set(Attribute.SERVICE, app[1]).set(Attribute.ACCOUNT, app[2]).build(), generator,
                            PasswordStyle.MEMORABLE);
                }
                addFieldsAndFiles(k);
                addCertificates(k, home.resolve("files"));
                for (String[] note : NOTES) {
                    time.advance(Duration.ofHours(200 + (37L * i++) % 120));
                    try (Secret text = Secret.copyOf(note[1].getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                        k.add(ItemClass.SECURE_NOTE, ItemAttributes.builder().set(Attribute.LABEL, note[0]).build(), text);
                    }
                }
                addCodes(k, time);
            }
        }
        java.util.Arrays.fill(password, '\0');
    }

    /** Passwords people really choose, so Security Recommendations has something to say. */
    private static final java.util.Map<String, String> CHOSEN = java.util.Map.of(
            "Router admin", "admin1234",
            "Reddit", "QuietOtter42!",
            "Spotify", "QuietOtter42!",
            "Netflix", "netflix2019");

    /** One-time codes: on their own (TOTP, 8 digits, SHA-256, Steam, HOTP) and attached to two passwords. */
    private static void addCodes(Keychain k, ManualTime time) throws Exception {
        VerificationCodes codes = new VerificationCodes(k, time);
        Object[][] standalone = {
            {OtpType.TOTP, "Google", "alice.martin@gmail.com", 6, OtpAlgorithm.SHA1},
            {OtpType.TOTP, "Amazon Web Services", "alice@martin-it.eu", 6, OtpAlgorithm.SHA1},
            {OtpType.TOTP, "Proton", "alice.martin", 8, OtpAlgorithm.SHA256},
            {OtpType.STEAM, "Steam", "quiet_otter_42", 5, OtpAlgorithm.SHA1},
            {OtpType.HOTP, "Work VPN token", "a.martin", 6, OtpAlgorithm.SHA1},
            {OtpType.TOTP, "Microsoft", "alice.martin@outlook.com", 6, OtpAlgorithm.SHA1},
        };
        for (Object[] c : standalone) {
            time.advance(Duration.ofHours(30));
            OtpParameters.Builder p = OtpParameters.builder((OtpType) c[0]).issuer((String) c[1]).account((String) c[2]);
            if (c[0] != OtpType.STEAM) {
                p.digits((Integer) c[3]).algorithm((OtpAlgorithm) c[4]);
            }
            if (c[0] == OtpType.HOTP) {
                p.counter(17);
            }
            try (Secret seed = Secret.wrap(dev.latchkey.crypto.random.Randoms.bytes(20))) {
                codes.addStandalone(p.build(), seed, (String) c[1]);
            }
        }
        for (dev.latchkey.model.item.Item item : k.items()) {
            if (item.displayName().equals("GitHub") || item.displayName().equals("Hetzner Console")) {
                try (Secret seed = Secret.wrap(dev.latchkey.crypto.random.Randoms.bytes(20))) {
                    codes.attach(item.id(), OtpParameters.builder(OtpType.TOTP).issuer(item.displayName())
                            .account(item.attributes().text(Attribute.ACCOUNT)).build(), seed);
                }
            }
        }
    }

    /**
     * A home-lab PKI: root → issuing CA → the media server’s identity (as a PKCS#12 import
     * brings it), valid from a month ago, with the root marked Always Trust; in {@code files},
     * the media server's certificate and a JAR its code-signing colleague signed, for the ASN.1
     * viewer and Verify Signature.
     */
    private static void addCertificates(Keychain k, Path files) throws Exception {
        Instant start = Instant.now().minus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        Identity root = CertificateIssuer.certificateAuthority(KeyAlgorithm.EC_P384,
                CertificateSpec.builder("CN=Martin Home Root CA, O=Martin Home, C=DE").notBefore(start)
                        .validFor(Duration.ofDays(3650)).certificateAuthority(1).build());
        Identity issuing = CertificateIssuer.issueIdentity(root, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Martin Home Issuing CA, O=Martin Home, C=DE").notBefore(start)
                        .validFor(Duration.ofDays(1825)).certificateAuthority(0).build());
        Identity media = CertificateIssuer.issueIdentity(issuing, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=media.home.arpa, O=Martin Home, C=DE").dns("media.home.arpa")
                        .dns("media").ip("192.168.1.20").notBefore(start).validFor(Duration.ofDays(397)).build());
        char[] passphrase = "screenshots".toCharArray();
        byte[] p12 = MaterialWriter.identities(ExportFormat.PKCS12,
                List.of(new Identity("media.home.arpa", media.privateKey(), media.chain())), List.of(), passphrase,
                Pkcs12Protection.AES_256_SHA256);
        new CertificateImporter(k).importFile(p12, passphrase);
        new TrustSettings(k).set(root.chain().get(0), null, TrustSetting.ALWAYS_TRUST);
        java.nio.file.Files.createDirectories(files);
        java.nio.file.Files.writeString(files.resolve("media.home.arpa.pem"), dev.latchkey.crypto.pem.PemWriter.encode(
                "CERTIFICATE", media.certificate().getEncoded()));
        Identity signer = CertificateIssuer.issueIdentity(issuing, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Alice Martin (Code Signing), O=Martin Home, C=DE")
                        .purposes(dev.latchkey.crypto.x509.KeyPurpose.CODE_SIGNING).notBefore(start)
                        .validFor(Duration.ofDays(397)).build());
        Path jar = files.resolve("photo-sorter.jar");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files
                .newOutputStream(jar))) {
            for (String entry : List.of("home/martin/photos/Sorter.class", "home/martin/photos/Exif.class",
                    "home/martin/photos/Album.class", "sorter.properties")) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry));
                out.write(entry.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        dev.latchkey.crypto.codesign.JarSigning.sign(jar, jar, signer.privateKey(), signer.chain(), "ALICE", null);
    }

    /** What a KeePass entry brings beside its password: further fields (some hidden) and attached files. */
    private static void addFieldsAndFiles(Keychain k) throws Exception {
        UUID id = k.items().stream().filter(i -> i.displayName().equals("Hetzner Console")).findFirst()
                .orElseThrow().id();
        TestKeychains.putParts(k, id, SecretKind.FIELDS,
                new SecretParts.Part("Project ID", false, TestKeychains.secret("2279041")),
                new SecretParts.Part("API token", true, TestKeychains.secret("hz_4kP9sQ2mW7vX1cB8nL5tR3yU6")),
                new SecretParts.Part("Rescue root password", true, TestKeychains.secret("T7#qLm2!vZ9w")));
        TestKeychains.putParts(k, id, SecretKind.ATTACHMENTS,
                new SecretParts.Part("id_ed25519.pub", false,
                        TestKeychains.secret("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG2x alice@martin-it.eu\n")),
                new SecretParts.Part("recovery-codes.txt", false, TestKeychains.secret("4821-0937\n7710-2265\n".repeat(40))));
    }

    private static void add(Keychain k, ItemClass c, ItemAttributes a, PasswordGenerator generator, PasswordStyle style)
            throws Exception {
        char[] pw = generator.generate(style, PasswordRules.defaults(style));
        try (Secret s = Secret.fromChars(pw)) {
            k.add(c, a, s);
        } finally {
            java.util.Arrays.fill(pw, '\0');
        }
    }
}
