package dev.latchkey.app.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.ScriptedAuthenticator;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.audit.Recommendation;
import dev.latchkey.model.audit.RecommendationKind;
import dev.latchkey.model.audit.SecurityAudit;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpType;
import dev.latchkey.model.otp.VerificationCodes;
import dev.latchkey.model.password.StrengthMeter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class RecommendationsViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path files;
    private TestKeychains t;
    private Keychain login;
    private final ScriptedAuthenticator auth = new ScriptedAuthenticator();
    private final List<UUID> revealed = new ArrayList<>();
    private RecommendationsViewModel vm;
    private UUID ancient;
    private UUID router;
    private UUID github;
    private UUID reddit;
    private UUID spotify;
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        ancient = TestKeychains.addInternet(login, "Old forum", "forum.example", "al", "Vq8#mZt2!pLw9xRc");
        t.time.advance(Duration.ofDays(400));
        router = TestKeychains.addInternet(login, "Router admin", "192.168.1.1", "admin", "admin1234");
        github = TestKeychains.addInternet(login, "GitHub", "github.com", "alice", "Hx7$kq2Lw!9zPm4R");
        reddit = TestKeychains.addInternet(login, "Reddit", "reddit.com", "alice", "QuietOtter42!Kettle");
        spotify = TestKeychains.addInternet(login, "Spotify", "spotify.com", "alice", "QuietOtter42!Kettle");
        try (Secret seed = Secret.copyOf("12345678901234567890".getBytes(StandardCharsets.US_ASCII))) {
            new VerificationCodes(login, t.time).attach(github,
                    OtpParameters.builder(OtpType.TOTP).issuer("GitHub").account("alice").build(), seed);
        }
        StrengthMeter meter = new StrengthMeter();
        vm = new RecommendationsViewModel(login, new SecurityAudit(p -> meter.measure(p).score(), t.time), t.runner,
                auth, t.errors, t.messages, revealed::add);
    }

    private List<UUID> of(RecommendationKind kind) {
        return vm.findings().stream().filter(r -> r.kind() == kind).map(Recommendation::itemId).toList();
    }

    @Test
    void countsEachKindAndOpensItsItem() {
        vm.refresh();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(of(RecommendationKind.WEAK)).containsExactly(router);
        assertThat(of(RecommendationKind.REUSED)).containsExactlyInAnyOrder(reddit, spotify);
        assertThat(of(RecommendationKind.OTP_WITH_PASSWORD)).containsExactly(github);
        assertThat(of(RecommendationKind.OLD)).containsExactly(ancient);
        assertThat(of(RecommendationKind.BREACHED)).isEmpty();
        assertThat(vm.countProperty(RecommendationKind.REUSED).get()).isEqualTo(2);
        assertThat(vm.countProperty(RecommendationKind.WEAK).get()).isEqualTo(1);
        assertThat(vm.summaryProperty().get()).isEqualTo("5 passwords checked.");

        vm.filterProperty().set(RecommendationKind.REUSED);
        assertThat(vm.shown()).extracting(Recommendation::itemId).containsExactlyInAnyOrder(reddit, spotify);
        vm.open(vm.shown().get(0));
        assertThat(revealed).hasSize(1).containsAnyOf(reddit, spotify);
        vm.filterProperty().set(null);
        assertThat(vm.shown()).hasSameSizeAs(vm.findings());
    }

    @Test
    void aBreachListFileMarksBreachedPasswords() throws Exception {
        Path list = hibp(files.resolve("pwned-passwords-sha1-ordered-by-hash.txt"), "admin1234", "QuietOtter42!Kettle");
        vm.refresh();
        vm.checkBreaches(list);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(of(RecommendationKind.BREACHED)).containsExactlyInAnyOrder(router, reddit, spotify);
        assertThat(vm.breachesCheckedProperty().get()).isTrue();
        assertThat(vm.breachStatusProperty().get())
                .isEqualTo("Checked against pwned-passwords-sha1-ordered-by-hash.txt.");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);

        // The list is used again when the keychain changes.
        login.update(router, login.get(router).orElseThrow().attributes(), TestKeychains.secret("Zr5!xQ8#nB2mW7$k"));
        assertThat(of(RecommendationKind.BREACHED)).containsExactlyInAnyOrder(reddit, spotify);
        assertThat(of(RecommendationKind.WEAK)).isEmpty();
    }

    @Test
    void aFileThatIsNotABreachListIsAnInlineError() throws Exception {
        Path bogus = Files.writeString(files.resolve("notes.txt"), "hello, this is not a hash list\n");
        vm.refresh();
        vm.checkBreaches(bogus);
        assertThat(vm.errorProperty().get()).isNotBlank().doesNotContain("\n");
        assertThat(vm.breachesCheckedProperty().get()).isFalse();
        assertThat(t.dialogs.errors).isEmpty();
    }

    @Test
    void protectedItemsAreCheckedAfterThePassword() throws LatchkeyException {
        login.update(router, login.get(router).orElseThrow().attributes().toBuilder()
                .set(Attribute.REQUIRE_PASSWORD, true).build(), null);
        t.time.advance(Duration.ofMinutes(5));
        vm.refresh();
        assertThat(vm.notCheckedProperty().get()).isEqualTo(1);
        assertThat(of(RecommendationKind.WEAK)).isEmpty();
        auth.types(TestKeychains.PASSWORD);
        vm.checkProtected();
        assertThat(auth.reasons).containsExactly("check the passwords that ask for the keychain password");
        assertThat(vm.notCheckedProperty().get()).isZero();
        assertThat(of(RecommendationKind.WEAK)).containsExactly(router);
    }

    /** An HIBP "ordered by hash" list: upper-case SHA-1, a count, CR LF, with filler lines around. */
    private static Path hibp(Path file, String... passwords) throws Exception {
        TreeSet<String> lines = new TreeSet<>();
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        for (String p : passwords) {
            lines.add(HexFormat.of().withUpperCase().formatHex(sha1.digest(p.getBytes(StandardCharsets.UTF_8))) + ":42");
        }
        for (int i = 0; i < 500; i++) {
            lines.add(HexFormat.of().withUpperCase().formatHex(sha1.digest(("filler" + i).getBytes(StandardCharsets.UTF_8)))
                    + ":" + (i + 1));
        }
        try {
            Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }
}
