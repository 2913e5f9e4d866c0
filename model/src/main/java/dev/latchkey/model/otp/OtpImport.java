package dev.latchkey.model.otp;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.util.List;

/** Reads pasted or scanned text that should hold one-time codes: a Key Uri or a migration export. */
public final class OtpImport {
    private OtpImport() {
    }

    /** The codes in {@code text}; the caller closes them. UNSUPPORTED_FORMAT for anything else. */
    public static List<OtpCredential> fromText(CharSequence text) throws LatchkeyException {
        String head = text.subSequence(0, Math.min(text.length(), 64)).toString().stripLeading();
        if (startsWith(head, MigrationUri.SCHEME + "://")) {
            return MigrationUri.parse(text).credentials();
        }
        if (startsWith(head, OtpUri.SCHEME + "://")) {
            return List.of(OtpUri.parse(text));
        }
        throw new LatchkeyException(Status.UNSUPPORTED_FORMAT,
                "this is not a one-time code (expected an otpauth:// or otpauth-migration:// URI)");
    }

    private static boolean startsWith(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
