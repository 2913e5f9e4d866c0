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
 * The Key Uri Format, {@code otpauth://TYPE/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=…&digits=…&period=…&counter=…}
 * (Google Authenticator's wiki), both ways. Steam codes are read from KeePassXC's
 * {@code encoder=steam} and from Aegis's {@code otpauth://steam/…}, and written the KeePassXC
 * way. Parameter names are matched in any case, unknown parameters are ignored, {@code +}
 * means a space in the issuer, a missing HOTP counter means 0. Everything else that is off is
 * an error: a URI of another kind or type and unknown algorithms are UNSUPPORTED_FORMAT, broken
 * escapes and bad Base32 DECODE, missing or out-of-range values PARAM. The seed is never
 * turned into a String.
 */
public final class OtpUri {
    public static final String SCHEME = "otpauth";

    private static final int MAX_SHOWN = 24;

    private OtpUri() {
    }

    /** The parameters and seed of an {@code otpauth://} URI. */
    public static OtpCredential parse(CharSequence uri) throws LatchkeyException {
        Parts parts = Parts.split(uri);
        OtpParameters parameters = parameters(parts);
        if (parts.secretFrom < 0) {
            throw new LatchkeyException(Status.PARAM, "the otpauth URI has no secret");
        }
        char[] text = UriText.decodeAscii(uri, parts.secretFrom, parts.secretTo);
        try {
            byte[] seed = Base32.decode(CharBuffer.wrap(text));
            if (seed.length == 0) {
                throw new LatchkeyException(Status.PARAM, "the otpauth URI's secret is empty");
            }
            return new OtpCredential(parameters, Secret.wrap(seed));
        } catch (Base32FormatException e) {
            throw new LatchkeyException(Status.DECODE, "the secret is not valid Base32: " + e.getMessage());
        } finally {
            Wipe.chars(text);
        }
    }

    /** The parameters of an {@code otpauth://} URI, ignoring any secret (the stored form). */
    public static OtpParameters parseParameters(CharSequence uri) throws LatchkeyException {
        return parameters(Parts.split(uri));
    }

    /** The full URI with the seed in Base32, in a char array the caller wipes. */
    public static char[] format(OtpParameters p, Secret seed) {
        char[] base32 = Base32.encode(seed.bytes());
        try {
            return UriText.join(prefix(p) + "?secret=", base32, "&" + query(p));
        } finally {
            Wipe.chars(base32);
        }
    }

    /** The URI without a secret: how the parameters are kept in an item's metadata. */
    public static String formatParameters(OtpParameters p) {
        return prefix(p) + "?" + query(p);
    }

    private static String prefix(OtpParameters p) {
        // The separator is a literal colon and colons inside names are escaped; an account with
        // a colon but no issuer gets an empty prefix so that no reader takes part of it as one.
        String label = p.issuer().isEmpty() && p.account().indexOf(':') < 0 ? UriText.encode(p.account())
                : UriText.encode(p.issuer()) + ":" + UriText.encode(p.account());
        return SCHEME + "://" + (p.type() == OtpType.HOTP ? "hotp" : "totp") + "/" + label;
    }

    private static String query(OtpParameters p) {
        StringBuilder q = new StringBuilder();
        if (!p.issuer().isEmpty()) {
            q.append("issuer=").append(UriText.encode(p.issuer())).append('&');
        }
        if (p.type() == OtpType.STEAM) {
            q.append("encoder=steam&");
        }
        q.append("algorithm=").append(p.algorithm().uriName()).append("&digits=").append(p.digits());
        if (p.type() == OtpType.HOTP) {
            q.append("&counter=").append(p.counter());
        } else {
            q.append("&period=").append(p.periodSeconds());
        }
        return q.toString();
    }

    private static OtpParameters parameters(Parts parts) throws LatchkeyException {
        OtpType type = switch (parts.type.toLowerCase(Locale.ROOT)) {
            case "totp" -> OtpType.TOTP;
            case "hotp" -> OtpType.HOTP;
            case "steam" -> OtpType.STEAM;
            default -> throw new LatchkeyException(Status.UNSUPPORTED_FORMAT,
                    "otpauth type \"" + shown(parts.type) + "\" is not supported (totp or hotp)");
        };
        String encoder = parts.values.get("encoder");
        if (encoder != null) {
            if (!encoder.equalsIgnoreCase("steam")) {
                throw new LatchkeyException(Status.UNSUPPORTED_FORMAT,
                        "the code encoder \"" + shown(encoder) + "\" is not supported");
            }
            if (type == OtpType.HOTP) {
                throw new LatchkeyException(Status.PARAM, "Steam codes are time-based, not counter-based");
            }
            type = OtpType.STEAM;
        }
        OtpParameters.Builder b = OtpParameters.builder(type);
        String algorithm = parts.values.get("algorithm");
        if (algorithm != null) {
            OtpAlgorithm a = OtpAlgorithm.byName(algorithm).orElseThrow(() -> new LatchkeyException(
                    Status.UNSUPPORTED_FORMAT, "the algorithm \"" + shown(algorithm)
                            + "\" is not supported (SHA1, SHA256 or SHA512)"));
            if (type != OtpType.STEAM) {
                b.algorithm(a);
            }
        }
        if (type != OtpType.STEAM) {
            b.digits((int) number(parts, "digits", OtpParameters.DEFAULT_DIGITS, 6, 8));
        }
        if (type == OtpType.TOTP) {
            b.period(number(parts, "period", OtpParameters.DEFAULT_PERIOD, 1, Integer.MAX_VALUE));
        }
        if (type == OtpType.HOTP) {
            b.counter(number(parts, "counter", 0, 0, Long.MAX_VALUE));
        }
        String issuer = parts.values.getOrDefault("issuer", "").strip();
        return b.issuer(issuer.isEmpty() ? parts.labelIssuer : issuer).account(parts.labelAccount).build();
    }

    /**
     * Splits a decoded label "issuer:account" (or just "account"), as the migration format
     * carries it. An issuer given separately wins over the label's prefix, and is taken off the
     * label when the label starts with it (so an issuer may contain a colon).
     */
    static String[] issuerAndAccount(String label, String issuerParameter) {
        String issuer = issuerParameter.strip();
        if (!issuer.isEmpty() && label.startsWith(issuer + ":")) {
            return new String[] {issuer, label.substring(issuer.length() + 1)};
        }
        int colon = label.indexOf(':');
        if (colon < 0) {
            return new String[] {issuer, label};
        }
        return new String[] {issuer.isEmpty() ? label.substring(0, colon) : issuer, label.substring(colon + 1)};
    }

    private static long number(Parts parts, String name, long fallback, long min, long max) throws LatchkeyException {
        String text = parts.values.get(name);
        if (text == null) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new LatchkeyException(Status.PARAM, name + " must be a whole number, not \"" + shown(text) + "\"");
        }
        if (value < min || value > max) {
            throw new LatchkeyException(Status.PARAM, name + " must be between " + min + " and " + max);
        }
        return value;
    }

    /** A value quoted in a message: shortened, control characters dropped. */
    static String shown(String value) {
        String s = value.replaceAll("\\p{Cntrl}", "");
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
    }

    /** The pieces of the URI; the secret stays a range of the input. */
    private static final class Parts {
        String type;
        String labelIssuer = "";
        String labelAccount = "";
        final Map<String, String> values = new HashMap<>();
        int secretFrom = -1;
        int secretTo = -1;

        static Parts split(CharSequence uri) throws LatchkeyException {
            int start = 0;
            int end = uri.length();
            while (start < end && Character.isWhitespace(uri.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(uri.charAt(end - 1))) {
                end--;
            }
            int schemeEnd = indexOf(uri, "://", start, end);
            if (schemeEnd < 0 || !uri.subSequence(start, schemeEnd).toString().equalsIgnoreCase(SCHEME)) {
                throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, "not an otpauth:// URI");
            }
            int fragment = indexOf(uri, "#", schemeEnd, end);
            if (fragment >= 0) {
                end = fragment;
            }
            int queryStart = indexOf(uri, "?", schemeEnd, end);
            int pathEnd = queryStart < 0 ? end : queryStart;
            int typeStart = schemeEnd + 3;
            int slash = indexOf(uri, "/", typeStart, pathEnd);
            Parts p = new Parts();
            p.type = UriText.decode(uri, typeStart, slash < 0 ? pathEnd : slash, false);
            if (slash >= 0) {
                p.readLabel(uri, slash + 1, pathEnd);
            }
            if (queryStart >= 0) {
                p.readQuery(uri, queryStart + 1, end);
            }
            return p;
        }

        /** "issuer:account": split at the first literal colon, else at the first escaped one. */
        private void readLabel(CharSequence uri, int from, int to) throws LatchkeyException {
            int colon = indexOf(uri, ":", from, to);
            int separatorLength = 1;
            if (colon < 0) {
                colon = indexOf(uri, "%3A", from, to);
                colon = colon >= 0 ? colon : indexOf(uri, "%3a", from, to);
                separatorLength = 3;
            }
            if (colon < 0) {
                labelAccount = UriText.decode(uri, from, to, false);
            } else {
                labelIssuer = UriText.decode(uri, from, colon, false);
                labelAccount = UriText.decode(uri, colon + separatorLength, to, false);
            }
        }

        private void readQuery(CharSequence uri, int from, int to) throws LatchkeyException {
            int i = from;
            while (i < to) {
                int amp = indexOf(uri, "&", i, to);
                int pairEnd = amp < 0 ? to : amp;
                int eq = indexOf(uri, "=", i, pairEnd);
                int nameEnd = eq < 0 ? pairEnd : eq;
                String name = UriText.decode(uri, i, nameEnd, true).strip().toLowerCase(Locale.ROOT);
                int valueFrom = eq < 0 ? pairEnd : eq + 1;
                if (!name.isEmpty()) {
                    boolean repeated;
                    if (name.equals("secret")) {
                        repeated = secretFrom >= 0;
                        secretFrom = valueFrom;
                        secretTo = pairEnd;
                    } else {
                        repeated = values.put(name, UriText.decode(uri, valueFrom, pairEnd, name.equals("issuer"))) != null;
                    }
                    if (repeated) {
                        throw new LatchkeyException(Status.PARAM, "the otpauth URI gives \"" + shown(name) + "\" twice");
                    }
                }
                i = pairEnd + 1;
            }
        }

        private static int indexOf(CharSequence s, String needle, int from, int to) {
            outer:
            for (int i = from; i + needle.length() <= to; i++) {
                for (int j = 0; j < needle.length(); j++) {
                    if (s.charAt(i + j) != needle.charAt(j)) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
