package dev.latchkey.model.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.otp.Base32;
import dev.latchkey.crypto.otp.OtpAlgorithm;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtpQrCodesTest {
    @TempDir
    Path dir;

    private static OtpParameters params() throws LatchkeyException {
        return OtpParameters.builder(OtpType.TOTP).issuer("ACME Co").account("jürgen@example.com")
                .algorithm(OtpAlgorithm.SHA256).digits(8).period(60).build();
    }

    private static Secret seed() throws Exception {
        return Secret.wrap(Base32.decode("HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"));
    }

    @Test
    void exportedPngFileReadsBackAsTheSameCode() throws Exception {
        Path png = dir.resolve("code.png");
        try (Secret seed = seed()) {
            OtpQrCodes.writePng(OtpUri.format(params(), seed), OtpQrCodes.DEFAULT_SIZE, png);
            assertThat(Files.getPosixFilePermissions(png)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(OtpQrCodes.DEFAULT_SIZE);
            List<OtpCredential> read = OtpQrCodes.importFrom(png);
            try {
                assertThat(read).singleElement().satisfies(c -> {
                    assertThat(c.parameters()).isEqualTo(params());
                    assertThat(c.seed().contentEquals(seed)).isTrue();
                });
            } finally {
                OtpCredential.closeAll(read);
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(png);
        }
    }

    @Test
    void findsTheOtpCodeAmongSeveralInARotatedScreenCapture() throws Exception {
        try (Secret seed = seed()) {
            BufferedImage otp = OtpQrCodes.image(OtpUri.format(params(), seed), 240);
            BufferedImage other = OtpQrCodes.image("https://example.com/not-a-code".toCharArray(), 240);
            BufferedImage screen = new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = screen.createGraphics();
            g.setColor(new Color(0xf4f4f4));
            g.fillRect(0, 0, 800, 450);
            g.setColor(Color.DARK_GRAY);
            g.drawString("Scan this code with your authenticator app", 30, 30);
            g.drawImage(other, 40, 120, null);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(7), 560, 260);
            g.drawImage(otp, 440, 140, null);
            g.dispose();
            assertThat(OtpQrCodes.readTexts(screen)).hasSize(2);
            List<OtpCredential> read = OtpQrCodes.importFrom(screen);
            try {
                assertThat(read).singleElement().satisfies(c -> assertThat(c.parameters()).isEqualTo(params()));
            } finally {
                OtpCredential.closeAll(read);
            }
        }
    }

    @Test
    void readsAMigrationExportAndAnInMemoryPng() throws Exception {
        String migration = "otpauth-migration://offline?data=" + java.net.URLEncoder.encode(java.util.Base64.getEncoder()
                .encodeToString(new ProtoWriter()
                        .message(1, new ProtoWriter().bytes(1, Base32.decode("JBSWY3DPEHPK3PXP")).string(2, "a"))
                        .message(1, new ProtoWriter().bytes(1, Base32.decode("GEZDGNBVGY3TQOJQ")).string(2, "b"))
                        .toByteArray()), java.nio.charset.StandardCharsets.UTF_8);
        byte[] png = OtpQrCodes.png(migration.toCharArray(), 300);
        List<OtpCredential> read = OtpQrCodes.importFrom(ImageIO.read(new ByteArrayInputStream(png)));
        try {
            assertThat(read).extracting(c -> c.parameters().account()).containsExactly("a", "b");
        } finally {
            OtpCredential.closeAll(read);
        }
    }

    @Test
    void unreadableOrNonOtpImagesSaySo() throws Exception {
        Path blank = dir.resolve("blank.png");
        BufferedImage white = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = white.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        g.dispose();
        ImageIO.write(white, "png", blank.toFile());
        assertFails(blank, Status.DECODE, "no readable QR code was found in the image");

        Path text = Files.writeString(dir.resolve("notes.png"), "not really a picture");
        assertFails(text, Status.UNSUPPORTED_FORMAT,
                "notes.png is not an image Latchkey can read (PNG, JPEG, GIF, BMP or TIFF)");
        assertFails(dir.resolve("missing.png"), Status.IO, "the image missing.png does not exist");

        Path link = dir.resolve("link.png");
        OtpQrCodes.writePng("https://example.com".toCharArray(), 200, link);
        assertFails(link, Status.UNSUPPORTED_FORMAT, "the QR code does not hold a one-time code");

        Path broken = dir.resolve("broken.png");
        OtpQrCodes.writePng("otpauth://totp/x?secret=JBSWY3D1".toCharArray(), 200, broken);
        assertFails(broken, Status.DECODE, "the secret is not valid Base32: not a Base32 character at position 8");

        assertThatThrownBy(() -> OtpQrCodes.png("x".toCharArray(), 10)).isInstanceOfSatisfying(
                LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.PARAM));
        assertThatThrownBy(() -> OtpQrCodes.writePng("x".toCharArray(), 200, dir.resolve("no/such/dir.png")))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.IO));
    }

    private static void assertFails(Path image, Status status, String message) {
        assertThatThrownBy(() -> OtpQrCodes.importFrom(image)).isInstanceOfSatisfying(LatchkeyException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
