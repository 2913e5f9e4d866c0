package dev.latchkey.model.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.otp.Base32;
import dev.latchkey.crypto.otp.OtpAlgorithm;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MigrationUriTest {
    private static ProtoWriter account(String secretBase32, String name, String issuer, int algorithm, int digits,
            int type, long counter) throws Exception {
        ProtoWriter w = new ProtoWriter().bytes(1, Base32.decode(secretBase32)).string(2, name).string(3, issuer);
        if (algorithm >= 0) {
            w.varint(4, algorithm);
        }
        if (digits >= 0) {
            w.varint(5, digits);
        }
        if (type >= 0) {
            w.varint(6, type);
        }
        if (counter > 0) {
            w.varint(7, counter);
        }
        return w;
    }

    /** As the app writes it: standard Base64, then URL-encoded. */
    private static String uri(ProtoWriter payload) {
        return "otpauth-migration://offline?data="
                + URLEncoder.encode(Base64.getEncoder().encodeToString(payload.toByteArray()), StandardCharsets.UTF_8);
    }

    @Test
    void severalAccountsWithTheAppsEnumsAndBatchFields() throws Exception {
        ProtoWriter payload = new ProtoWriter()
                .message(1, account("JBSWY3DPEHPK3PXP", "ACME Co:john@example.com", "ACME Co", 1, 1, 2, 0))
                .message(1, account("HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ", "homer@example.com", "Beta Ltd.", 2, 2, 2, 0))
                .message(1, account("GEZDGNBVGY3TQOJQ", "counter@example.com", "", 3, 1, 1, 17))
                .message(1, account("GEZDGNBVGY3TQOJQGEZA", "Cats & Dogs:marge", "", 0, 0, 0, 0))
                .varint(2, 1).varint(3, 2).varint(4, 1).varint(5, -1_906_313_493);
        try (MigrationBatch batch = MigrationUri.parse(uri(payload))) {
            assertThat(batch.credentials()).extracting(OtpCredential::parameters).containsExactly(
                    new OtpParameters(OtpType.TOTP, OtpAlgorithm.SHA1, 6, 30, 0, "ACME Co", "john@example.com"),
                    new OtpParameters(OtpType.TOTP, OtpAlgorithm.SHA256, 8, 30, 0, "Beta Ltd.", "homer@example.com"),
                    new OtpParameters(OtpType.HOTP, OtpAlgorithm.SHA512, 6, 30, 17, "", "counter@example.com"),
                    new OtpParameters(OtpType.TOTP, OtpAlgorithm.SHA1, 6, 30, 0, "Cats & Dogs", "marge"));
            assertThat(batch.credentials().get(1).seed().bytes())
                    .isEqualTo(Base32.decode("HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"));
            assertThat(batch.version()).isEqualTo(1);
            assertThat(batch.batchSize()).isEqualTo(2);
            assertThat(batch.batchIndex()).isEqualTo(1);
            assertThat(batch.batchId()).isEqualTo(-1_906_313_493);
        }
    }

    @Test
    void skipsUnknownFieldsAndForgivesUrlSafeBase64AndPlusAsSpace() throws Exception {
        ProtoWriter payload = new ProtoWriter().fixed64(9, 1)
                .message(1, account("JBSWY3DPEHPK3PXP", "a", "b", 1, 1, 2, 0).string(8, "unique id").fixed32(15, 3))
                .string(6, "future");
        String base64 = Base64.getEncoder().encodeToString(payload.toByteArray());
        String urlSafe = "otpauth-migration://offline?data="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.toByteArray());
        String plusAsSpace = "OTPAUTH-MIGRATION://offline?foo=bar&data=" + base64.replace('+', ' ') + "&x=y";
        for (String uri : List.of(urlSafe, plusAsSpace, uri(payload))) {
            try (MigrationBatch batch = MigrationUri.parse(uri)) {
                assertThat(batch.credentials()).singleElement().extracting(c -> c.parameters().displayName())
                        .isEqualTo("b: a");
            }
        }
    }

    @Test
    void oneBadAccountFailsTheWholeBatch() throws Exception {
        ProtoWriter payload = new ProtoWriter()
                .message(1, account("JBSWY3DPEHPK3PXP", "good", "", 1, 1, 2, 0))
                .message(1, account("JBSWY3DPEHPK3PXP", "md5", "", 4, 1, 2, 0));
        assertFails(uri(payload), Status.UNSUPPORTED_FORMAT,
                "account 2 of the migration data uses MD5, which is not supported");
    }

    @Test
    void badInputSaysWhatIsWrong() throws Exception {
        assertFails("otpauth://totp/x?secret=JBSWY3DP", Status.UNSUPPORTED_FORMAT, "not an otpauth-migration://offline URI");
        assertFails("otpauth-migration://online?data=AA", Status.UNSUPPORTED_FORMAT, "not an otpauth-migration://offline URI");
        assertFails("otpauth-migration://offline?dat=CgA", Status.PARAM, "the migration URI has no data");
        assertFails("otpauth-migration://offline?data=C*gA", Status.DECODE, "the migration data is not valid Base64");
        assertFails("otpauth-migration://offline?data=", Status.DECODE, "the migration data holds no accounts");
        assertFails(uri(new ProtoWriter().varint(2, 1)), Status.DECODE, "the migration data holds no accounts");
        assertFails(uri(new ProtoWriter().rawBytes(0x0a, 0x10, 0x0a, 0x02)), Status.DECODE,
                "the migration data is damaged: a length beyond its end");
        assertFails(uri(new ProtoWriter().message(1, new ProtoWriter().rawBytes(0x0a, 0x05, 1))), Status.DECODE,
                "account 1 of the migration data is damaged: a length beyond its end");
        assertFails(uri(new ProtoWriter().message(1, new ProtoWriter().string(2, "x"))), Status.PARAM,
                "account 1 of the migration data has no secret");
        assertFails(uri(new ProtoWriter().message(1, account("JBSWY3DP", "x", "", 1, 3, 2, 0))), Status.UNSUPPORTED_FORMAT,
                "account 1 of the migration data has an unknown digit count 3");
        assertFails(uri(new ProtoWriter().message(1, account("JBSWY3DP", "x", "", 1, 1, 3, 0))), Status.UNSUPPORTED_FORMAT,
                "account 1 of the migration data has an unknown code type 3");
        assertFails(uri(new ProtoWriter().message(1, account("JBSWY3DP", "x", "", 9, 1, 2, 0))), Status.UNSUPPORTED_FORMAT,
                "account 1 of the migration data uses an unknown algorithm 9, which is not supported");
        assertFails(uri(new ProtoWriter().message(1, account("JBSWY3DP", "x", "", 1, 1, 1, 0).varint(7, -5))),
                Status.PARAM, "the counter must not be negative");
    }

    @Test
    void mutatedPayloadsNeverEscapeAsAnythingButLatchkeyExceptions() throws Exception {
        byte[] good = new ProtoWriter()
                .message(1, account("JBSWY3DPEHPK3PXP", "ACME Co:john", "ACME Co", 1, 1, 2, 0))
                .message(1, account("GEZDGNBVGY3TQOJQ", "bob", "", 2, 2, 1, 3)).varint(2, 1).toByteArray();
        SplittableRandom random = new SplittableRandom(7);
        int parsed = 0;
        for (int i = 0; i < 5_000; i++) {
            byte[] mutated = good.clone();
            for (int j = random.nextInt(1, 4); j > 0; j--) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            String uri = "otpauth-migration://offline?data="
                    + URLEncoder.encode(Base64.getEncoder().encodeToString(mutated), StandardCharsets.UTF_8);
            try (MigrationBatch batch = MigrationUri.parse(uri)) {
                assertThat(batch.credentials()).isNotEmpty();
                parsed++;
            } catch (LatchkeyException e) {
                assertThat(e.status()).isIn(Status.DECODE, Status.PARAM, Status.UNSUPPORTED_FORMAT);
            }
        }
        assertThat(parsed).isPositive();
    }

    @Test
    void importReadsEitherKindOfUri() throws Exception {
        List<OtpCredential> many = OtpImport.fromText(uri(new ProtoWriter()
                .message(1, account("JBSWY3DPEHPK3PXP", "a", "", 1, 1, 2, 0))
                .message(1, account("JBSWY3DPEHPK3PXP", "b", "", 1, 1, 2, 0))));
        List<OtpCredential> one = OtpImport.fromText("\n otpauth://totp/c?secret=JBSWY3DPEHPK3PXP");
        try {
            assertThat(many).extracting(c -> c.parameters().account()).containsExactly("a", "b");
            assertThat(one).extracting(c -> c.parameters().account()).containsExactly("c");
        } finally {
            OtpCredential.closeAll(many);
            OtpCredential.closeAll(one);
        }
        assertThat(many.get(0).seed().isClosed()).isTrue();
        assertThatThrownBy(() -> OtpImport.fromText("https://example.com")).isInstanceOfSatisfying(
                LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.UNSUPPORTED_FORMAT));
    }

    private static void assertFails(String uri, Status status, String message) {
        assertThatThrownBy(() -> MigrationUri.parse(uri)).isInstanceOfSatisfying(LatchkeyException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
