package dev.latchkey.model.otp;

import dev.latchkey.crypto.otp.Hotp;
import dev.latchkey.crypto.otp.SteamGuard;
import dev.latchkey.crypto.otp.Totp;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.time.Instant;
import java.util.Optional;

/** Codes for stored parameters: HOTP at the parameters' counter, TOTP and Steam at a time. */
public final class OtpGenerator {
    private OtpGenerator() {
    }

    /** The code current at {@code time} (ignored for HOTP, which uses {@code p.counter()}). */
    public static OneTimeCode code(OtpParameters p, Secret seed, Instant time) throws LatchkeyException {
        if (seed.isEmpty()) {
            throw new LatchkeyException(Status.PARAM, "the code's secret is empty");
        }
        if (p.type() == OtpType.HOTP) {
            return new OneTimeCode(Hotp.code(seed, p.algorithm(), p.counter(), p.digits()), p.counter(), Optional.empty());
        }
        long seconds = time.getEpochSecond();
        if (seconds < 0) {
            throw new LatchkeyException(Status.PARAM, "one-time codes cannot be made for times before 1970");
        }
        long step = Totp.timeStep(seconds, p.periodSeconds());
        String code = p.type() == OtpType.STEAM ? SteamGuard.code(seed, seconds)
                : Totp.code(seed, p.algorithm(), p.digits(), p.periodSeconds(), seconds);
        Instant until = Instant.ofEpochSecond(Math.multiplyExact(step + 1, p.periodSeconds()));
        return new OneTimeCode(code, step, Optional.of(until));
    }
}
