package dev.latchkey.model.otp;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * QR codes for one-time codes, with ZXing: read every QR code in an image file or a
 * {@link BufferedImage} (a clipboard image or a screen capture), import the OTP ones, and
 * draw a URI as a QR PNG. ZXing only deals in Strings, so a seed passes through one while a
 * code is read or drawn; nothing here keeps it.
 */
public final class OtpQrCodes {
    /** Pixels per side of an exported code unless the caller asks otherwise. */
    public static final int DEFAULT_SIZE = 400;

    private OtpQrCodes() {
    }

    /** The one-time codes in the image's QR codes; the caller closes them. */
    public static List<OtpCredential> importFrom(Path imageFile) throws LatchkeyException {
        return importTexts(readTexts(imageFile));
    }

    public static List<OtpCredential> importFrom(BufferedImage image) throws LatchkeyException {
        return importTexts(readTexts(image));
    }

    /** The text of every QR code in the image file; DECODE if it holds none. */
    public static List<String> readTexts(Path imageFile) throws LatchkeyException {
        BufferedImage image;
        try (InputStream in = Files.newInputStream(imageFile)) {
            image = ImageIO.read(in);
        } catch (NoSuchFileException e) {
            throw new LatchkeyException(Status.IO, "the image " + imageFile.getFileName() + " does not exist");
        } catch (AccessDeniedException e) {
            throw new LatchkeyException(Status.IO, "the image " + imageFile.getFileName() + " cannot be read: access denied");
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "the image " + imageFile.getFileName() + " cannot be read", e);
        }
        if (image == null) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT,
                    imageFile.getFileName() + " is not an image Latchkey can read (PNG, JPEG, GIF, BMP or TIFF)");
        }
        return readTexts(image);
    }

    /** The text of every QR code in the image, in reading order; DECODE if it holds none. */
    public static List<String> readTexts(BufferedImage image) throws LatchkeyException {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.ALSO_INVERTED, Boolean.TRUE);
        Set<String> texts = new LinkedHashSet<>();
        QRCodeMultiReader reader = new QRCodeMultiReader();
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                for (Result r : reader.decodeMultiple(bitmap, hints)) {
                    texts.add(r.getText());
                }
            } catch (NotFoundException e) {
                // Try the other binarizer: photos and screenshots suit different ones.
            }
            if (!texts.isEmpty()) {
                break;
            }
        }
        if (texts.isEmpty()) {
            throw new LatchkeyException(Status.DECODE, "no readable QR code was found in the image");
        }
        return new ArrayList<>(texts);
    }

    private static List<OtpCredential> importTexts(List<String> texts) throws LatchkeyException {
        List<OtpCredential> out = new ArrayList<>();
        try {
            for (String text : texts) {
                if (isOtp(text)) {
                    out.addAll(OtpImport.fromText(text));
                }
            }
        } catch (LatchkeyException | RuntimeException e) {
            OtpCredential.closeAll(out);
            throw e;
        }
        if (out.isEmpty()) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, texts.size() == 1
                    ? "the QR code does not hold a one-time code"
                    : "none of the " + texts.size() + " QR codes holds a one-time code");
        }
        return out;
    }

    private static boolean isOtp(String text) {
        String t = text.stripLeading();
        return t.regionMatches(true, 0, OtpUri.SCHEME + ":", 0, OtpUri.SCHEME.length() + 1)
                || t.regionMatches(true, 0, MigrationUri.SCHEME + ":", 0, MigrationUri.SCHEME.length() + 1);
    }

    /** A QR code of {@code content} (usually a URI from {@link OtpUri#format}) as an image. */
    public static BufferedImage image(char[] content, int size) throws LatchkeyException {
        return MatrixToImageWriter.toBufferedImage(matrix(content, size));
    }

    /** The same as PNG bytes (for the clipboard or a view); the caller wipes them. */
    public static byte[] png(char[] content, int size) throws LatchkeyException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MatrixToImageWriter.writeToStream(matrix(content, size), "PNG", out);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory stream failed", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes the QR PNG to {@code target}, replacing it. The image holds the seed, so the file
     * is readable by its owner only (where the file system has POSIX permissions) and appears
     * complete or not at all.
     */
    public static void writePng(char[] content, int size, Path target) throws LatchkeyException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(dir, ".latchkey-qr", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(dir, ".latchkey-qr", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                MatrixToImageWriter.writeToStream(matrix(content, size), "PNG", out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "the QR image " + target.getFileName() + " cannot be written", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Only left behind if the move failed and the folder then refused a delete.
                }
            }
        }
    }

    private static BitMatrix matrix(char[] content, int size) throws LatchkeyException {
        if (size < 64 || size > 4096) {
            throw new LatchkeyException(Status.PARAM, "the QR image size must be between 64 and 4096 pixels");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 4);
        try {
            return new QRCodeWriter().encode(new String(content), BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException | IllegalArgumentException e) {
            throw new LatchkeyException(Status.PARAM, "the text is too long for a QR code");
        }
    }
}
