package dev.latchkey.model.otp;

import dev.latchkey.crypto.otp.OtpAlgorithm;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Google Authenticator's export, {@code otpauth-migration://offline?data=BASE64}: a protobuf
 * {@code MigrationPayload} with several accounts. Its layout, as every decoder documents it:
 * <pre>
 * MigrationPayload { repeated OtpParameters otp_parameters = 1; int32 version = 2;
 *                    int32 batch_size = 3; int32 batch_index = 4; int32 batch_id = 5; }
 * OtpParameters    { bytes secret = 1; string name = 2; string issuer = 3;
 *                    Algorithm algorithm = 4;   // 0 unspecified, 1 SHA1, 2 SHA256, 3 SHA512, 4 MD5
 *                    DigitCount digits = 5;     // 0 unspecified, 1 six, 2 eight
 *                    OtpType type = 6;          // 0 unspecified, 1 HOTP, 2 TOTP
 *                    int64 counter = 7; }
 * </pre>
 * Unspecified values mean what the app means by them (SHA1, six digits, TOTP); the period is
 * always 30 seconds. Unknown fields are skipped. One bad account fails the whole batch, and
 * the seeds already read are wiped.
 */
public final class MigrationUri {
    public static final String SCHEME = "otpauth-migration";

    private static final String PREFIX = SCHEME + "://offline?";

    private MigrationUri() {
    }

    public static MigrationBatch parse(CharSequence uri) throws LatchkeyException {
        byte[] payload = payload(uri);
        List<OtpCredential> read = new ArrayList<>();
        try {
            ProtoReader r = new ProtoReader(payload, "the migration data");
            int version = 0;
            int batchSize = 0;
            int batchIndex = 0;
            int batchId = 0;
            while (r.hasMore()) {
                switch (r.nextField()) {
                    case 1 -> read.add(account(r.messageField("account " + (read.size() + 1) + " of the migration data"),
                            read.size() + 1));
                    case 2 -> version = (int) r.varintField();
                    case 3 -> batchSize = (int) r.varintField();
                    case 4 -> batchIndex = (int) r.varintField();
                    case 5 -> batchId = (int) r.varintField();
                    default -> r.skipField();
                }
            }
            if (read.isEmpty()) {
                throw new LatchkeyException(Status.DECODE, "the migration data holds no accounts");
            }
            return new MigrationBatch(read, version, batchSize, batchIndex, batchId);
        } catch (LatchkeyException | RuntimeException e) {
            OtpCredential.closeAll(read);
            throw e;
        } finally {
            Wipe.bytes(payload);
        }
    }

    /** The Base64-decoded {@code data} parameter. */
    private static byte[] payload(CharSequence uri) throws LatchkeyException {
        int start = 0;
        while (start < uri.length() && Character.isWhitespace(uri.charAt(start))) {
            start++;
        }
        String head = uri.subSequence(start, Math.min(uri.length(), start + PREFIX.length())).toString();
        if (!head.toLowerCase(Locale.ROOT).equals(PREFIX)) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, "not an otpauth-migration://offline URI");
        }
        int end = uri.length();
        while (end > start && Character.isWhitespace(uri.charAt(end - 1))) {
            end--;
        }
        int from = -1;
        int to = end;
        for (int i = start + PREFIX.length(); i < end; ) {
            int amp = i;
            while (amp < end && uri.charAt(amp) != '&') {
                amp++;
            }
            if (amp - i >= 5 && uri.subSequence(i, i + 5).toString().equalsIgnoreCase("data=")) {
                from = i + 5;
                to = amp;
            }
            i = amp + 1;
        }
        if (from < 0) {
            throw new LatchkeyException(Status.PARAM, "the migration URI has no data");
        }
        char[] text = UriText.decodeAscii(uri, from, to);
        byte[] ascii = new byte[text.length];
        boolean urlSafe = false;
        for (int i = 0; i < text.length; i++) {
            char c = text[i] == ' ' ? '+' : text[i]; // a '+' that was read as a form-encoded space
            urlSafe |= c == '-' || c == '_';
            ascii[i] = (byte) c;
        }
        Wipe.chars(text);
        try {
            return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(ascii);
        } catch (IllegalArgumentException e) {
            throw new LatchkeyException(Status.DECODE, "the migration data is not valid Base64");
        } finally {
            Wipe.bytes(ascii);
        }
    }

    private static OtpCredential account(ProtoReader r, int number) throws LatchkeyException {
        byte[] secret = null;
        String name = "";
        String issuer = "";
        long algorithm = 0;
        long digits = 0;
        long type = 0;
        long counter = 0;
        try {
            while (r.hasMore()) {
                switch (r.nextField()) {
                    case 1 -> {
                        if (secret != null) {
                            Wipe.bytes(secret);
                        }
                        secret = r.bytesField();
                    }
                    case 2 -> name = r.stringField();
                    case 3 -> issuer = r.stringField();
                    case 4 -> algorithm = r.varintField();
                    case 5 -> digits = r.varintField();
                    case 6 -> type = r.varintField();
                    case 7 -> counter = r.varintField();
                    default -> r.skipField();
                }
            }
            OtpParameters.Builder b = OtpParameters.builder(type(type, number));
            b.algorithm(algorithm(algorithm, number)).digits(digits(digits, number)).counter(counter);
            String[] names = OtpUri.issuerAndAccount(name, issuer);
            OtpParameters parameters = b.issuer(names[0]).account(names[1]).build();
            if (secret == null || secret.length == 0) {
                throw new LatchkeyException(Status.PARAM, "account " + number + " of the migration data has no secret");
            }
            OtpCredential credential = new OtpCredential(parameters, Secret.wrap(secret));
            secret = null;
            return credential;
        } finally {
            if (secret != null) {
                Wipe.bytes(secret);
            }
        }
    }

    private static OtpType type(long value, int number) throws LatchkeyException {
        if (value == 0 || value == 2) {
            return OtpType.TOTP;
        }
        if (value == 1) {
            return OtpType.HOTP;
        }
        throw new LatchkeyException(Status.UNSUPPORTED_FORMAT,
                "account " + number + " of the migration data has an unknown code type " + value);
    }

    private static OtpAlgorithm algorithm(long value, int number) throws LatchkeyException {
        if (value == 0 || value == 1) {
            return OtpAlgorithm.SHA1;
        }
        if (value == 2) {
            return OtpAlgorithm.SHA256;
        }
        if (value == 3) {
            return OtpAlgorithm.SHA512;
        }
        throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, "account " + number + " of the migration data uses "
                + (value == 4 ? "MD5" : "an unknown algorithm " + value) + ", which is not supported");
    }

    private static int digits(long value, int number) throws LatchkeyException {
        if (value == 0 || value == 1) {
            return 6;
        }
        if (value == 2) {
            return 8;
        }
        throw new LatchkeyException(Status.UNSUPPORTED_FORMAT,
                "account " + number + " of the migration data has an unknown digit count " + value);
    }
}
