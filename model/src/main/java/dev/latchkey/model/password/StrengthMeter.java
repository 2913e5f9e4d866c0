package dev.latchkey.model.password;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.CharBuffer;
import java.util.List;

/**
 * Password strength from zxcvbn4j. The password goes in as a {@link CharBuffer} over a copy
 * of the caller's array, and zxcvbn's copies are wiped afterwards, so it never becomes a String.
 */
public final class StrengthMeter {
    private static final class Holder {
        // Loading zxcvbn's dictionaries takes a moment: once per process.
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    public PasswordStrength measure(char[] password) {
        if (password == null || password.length == 0) {
            return new PasswordStrength(0, 0, "Enter a password.", List.of(), "instant");
        }
        // wipe() zeroes the sequence it was given, so zxcvbn measures (and wipes) a copy.
        char[] copy = password.clone();
        Strength s = Holder.ZXCVBN.measure(CharBuffer.wrap(copy));
        try {
            return new PasswordStrength(s.getScore(), s.getGuessesLog10() * Math.log(10) / Math.log(2),
                    s.getFeedback().getWarning(), s.getFeedback().getSuggestions(),
                    s.getCrackTimesDisplay().getOfflineSlowHashing1e4perSecond());
        } finally {
            s.wipe();
            java.util.Arrays.fill(copy, '\0');
        }
    }
}
