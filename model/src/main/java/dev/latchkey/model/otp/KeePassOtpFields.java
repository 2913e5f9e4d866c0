package dev.latchkey.model.otp;

import dev.latchkey.crypto.otp.Base32;
import dev.latchkey.crypto.otp.Base32FormatException;
import dev.latchkey.crypto.otp.OtpAlgorithm;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.nio.CharBuffer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ways KeePass entries carry a code, as KeePassXC reads them: the {@code otp} field
 * (an {@code otpauth://} URI, or KeeOTP's {@code key=…&step=…&size=…&otpHashMode=…}) and
 * the older {@code TOTP Seed} with {@code TOTP Settings} ("30;6", "30;8", or "30;S" for
 * Steam). Issuer and account are left empty: an importer takes them from the entry.
 * Unlike KeePassXC, periods over a day are kept, not cut to 86400 seconds.
 */
public final class KeePassOtpFields {
    private KeePassOtpFields() {
    }

    /** The {@code otp} field. */
    public static OtpCredential parseOtpField(CharSequence value) throws LatchkeyException {
        String head = value.toString().stripLeading();
        if (head.regionMatches(true, 0, OtpUri.SCHEME + "://", 0, OtpUri.SCHEME.length() + 3)) {
            return OtpUri.parse(value);
        }
        return keeOtp(value);
    }

    /** KeeOTP's form: key (Base32, URL-encoded), type, step, size, counter, otpHashMode. */
    private static OtpCredential keeOtp(CharSequence value) throws LatchkeyException {
        Map<String, String> values = new HashMap<>();
        int keyFrom = -1;
        int keyTo = -1;
        int i = 0;
        while (i < value.length()) {
            int amp = i;
            while (amp < value.length() && value.charAt(amp) != '&') {
                amp++;
            }
            int eq = i;
            while (eq < amp && value.charAt(eq) != '=') {
                eq++;
            }
            String name = value.subSequence(i, eq).toString().strip().toLowerCase(Locale.ROOT);
            int valueFrom = Math.min(eq + 1, amp);
            if (name.equals("key")) {
                keyFrom = valueFrom;
                keyTo = amp;
            } else if (!name.isEmpty()) {
                values.put(name, UriText.decode(value, valueFrom, amp, true).strip());
            }
            i = amp + 1;
        }
        if (keyFrom < 0) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT,
                    "the otp field is neither an otpauth URI nor KeeOTP settings");
        }
        OtpType type = switch (values.getOrDefault("type", "totp").toLowerCase(Locale.ROOT)) {
            case "totp" -> OtpType.TOTP;
            case "hotp" -> OtpType.HOTP;
            default -> throw new LatchkeyException(Status.UNSUPPORTED_FORMAT,
                    "KeeOTP type \"" + OtpUri.shown(values.get("type")) + "\" is not supported");
        };
        OtpParameters.Builder b = OtpParameters.builder(type)
                .digits((int) number(values, "size", OtpParameters.DEFAULT_DIGITS))
                .period(number(values, "step", OtpParameters.DEFAULT_PERIOD))
                .counter(number(values, "counter", 0));
        String mode = values.get("otphashmode");
        if (mode != null) {
            b.algorithm(OtpAlgorithm.byName(mode).orElseThrow(() -> new LatchkeyException(Status.UNSUPPORTED_FORMAT,
                    "the algorithm \"" + OtpUri.shown(mode) + "\" is not supported (SHA1, SHA256 or SHA512)")));
        }
        OtpParameters parameters = b.build();
        char[] key = UriText.decodeAscii(value, keyFrom, keyTo);
        try {
            return new OtpCredential(parameters, seed(CharBuffer.wrap(key)));
        } finally {
            Wipe.chars(key);
        }
    }

    /** The legacy {@code TOTP Seed} and {@code TOTP Settings} fields ("" settings: 30 s, 6 digits). */
    public static OtpCredential parseLegacy(CharSequence seed, String settings) throws LatchkeyException {
        String[] parts = settings == null || settings.isBlank() ? new String[0] : settings.strip().split(";");
        long period = parts.length > 0 ? parse(parts[0], "TOTP Settings period") : OtpParameters.DEFAULT_PERIOD;
        boolean steam = parts.length > 1 && parts[1].strip().equalsIgnoreCase("S");
        OtpParameters.Builder b = OtpParameters.builder(steam ? OtpType.STEAM : OtpType.TOTP);
        if (!steam) {
            b.period(period);
            if (parts.length > 1) {
                b.digits((int) parse(parts[1], "TOTP Settings digits"));
            }
        }
        return new OtpCredential(b.build(), seed(seed));
    }

    /**
     * KeePass 2's own fields: {@code TimeOtp-*} (TOTP) or {@code HmacOtp-*} (HOTP), each with
     * its secret as {@code -Secret} (UTF-8 text), {@code -Secret-Hex}, {@code -Secret-Base32} or
     * {@code -Secret-Base64}; TOTP also {@code -Length}, {@code -Period} and {@code -Algorithm}
     * ({@code HMAC-SHA-256} …), HOTP {@code -Counter}. Empty when the entry has no such secret.
     */
    public static java.util.Optional<OtpCredential> parseKeePass2(Map<String, ? extends CharSequence> fields)
            throws LatchkeyException {
        for (String prefix : new String[] {"TimeOtp-", "HmacOtp-"}) {
            Secret seed = keePass2Secret(fields, prefix);
            if (seed == null) {
                continue;
            }
            try {
                boolean time = prefix.startsWith("Time");
                OtpParameters.Builder b = OtpParameters.builder(time ? OtpType.TOTP : OtpType.HOTP);
                if (time) {
                    b.digits((int) number(fields, prefix + "Length", OtpParameters.DEFAULT_DIGITS))
                            .period(number(fields, prefix + "Period", OtpParameters.DEFAULT_PERIOD));
                    CharSequence algorithm = fields.get(prefix + "Algorithm");
                    if (algorithm != null && !algorithm.toString().isBlank()) {
                        String name = algorithm.toString().strip().replace("HMAC-", "").replace("-", "");
                        b.algorithm(OtpAlgorithm.byName(name).orElseThrow(() -> new LatchkeyException(
                                Status.UNSUPPORTED_FORMAT, "the algorithm \"" + OtpUri.shown(algorithm.toString())
                                        + "\" is not supported (HMAC-SHA-1, HMAC-SHA-256 or HMAC-SHA-512)")));
                    }
                } else {
                    b.counter(number(fields, prefix + "Counter", 0));
                }
                return java.util.Optional.of(new OtpCredential(b.build(), seed));
            } catch (LatchkeyException | RuntimeException e) {
                seed.close();
                throw e;
            }
        }
        return java.util.Optional.empty();
    }

    private static Secret keePass2Secret(Map<String, ? extends CharSequence> fields, String prefix)
            throws LatchkeyException {
        CharSequence text = fields.get(prefix + "Secret");
        if (text != null && !text.isEmpty()) {
            return Secret.fromChars(text.toString().toCharArray());
        }
        CharSequence hex = fields.get(prefix + "Secret-Hex");
        if (hex != null && !hex.isEmpty()) {
            try {
                return Secret.wrap(java.util.HexFormat.of().parseHex(hex.toString().replace(" ", "")));
            } catch (IllegalArgumentException e) {
                throw new LatchkeyException(Status.DECODE, prefix + "Secret-Hex is not hexadecimal");
            }
        }
        CharSequence base32 = fields.get(prefix + "Secret-Base32");
        if (base32 != null && !base32.isEmpty()) {
            return seed(base32);
        }
        CharSequence base64 = fields.get(prefix + "Secret-Base64");
        if (base64 != null && !base64.isEmpty()) {
            try {
                return Secret.wrap(java.util.Base64.getMimeDecoder().decode(base64.toString()));
            } catch (IllegalArgumentException e) {
                throw new LatchkeyException(Status.DECODE, prefix + "Secret-Base64 is not Base64");
            }
        }
        return null;
    }

    private static long number(Map<String, ? extends CharSequence> fields, String name, long fallback)
            throws LatchkeyException {
        CharSequence text = fields.get(name);
        return text == null ? fallback : parse(text.toString(), name);
    }

    private static Secret seed(CharSequence base32) throws LatchkeyException {
        try {
            byte[] bytes = Base32.decode(base32);
            if (bytes.length == 0) {
                throw new LatchkeyException(Status.PARAM, "the TOTP seed is empty");
            }
            return Secret.wrap(bytes);
        } catch (Base32FormatException e) {
            throw new LatchkeyException(Status.DECODE, "the TOTP seed is not valid Base32: " + e.getMessage());
        }
    }

    private static long parse(String text, String name) throws LatchkeyException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new LatchkeyException(Status.PARAM, name + " must be a whole number, not \"" + OtpUri.shown(text) + "\"");
        }
    }
}
