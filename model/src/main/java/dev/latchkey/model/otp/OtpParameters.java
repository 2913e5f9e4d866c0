package dev.latchkey.model.otp;

import dev.latchkey.crypto.otp.Hotp;
import dev.latchkey.crypto.otp.OtpAlgorithm;
import dev.latchkey.crypto.otp.SteamGuard;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.util.Objects;

/**
 * Everything about a one-time code except its seed: type, HMAC, digits, period (TOTP and
 * Steam), counter (HOTP), and the issuer and account it belongs to. Steam codes are always
 * SHA-1, five characters, 30 seconds. Build with {@link #builder(OtpType)}, which reports
 * bad values as {@link Status#PARAM}.
 */
public record OtpParameters(OtpType type, OtpAlgorithm algorithm, int digits, long periodSeconds, long counter,
        String issuer, String account) {
    public static final int DEFAULT_DIGITS = 6;
    public static final long DEFAULT_PERIOD = 30;

    public OtpParameters {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(algorithm, "algorithm");
        issuer = issuer == null ? "" : issuer.strip();
        account = account == null ? "" : account.strip();
        if (type == OtpType.STEAM) {
            if (algorithm != OtpAlgorithm.SHA1 || digits != SteamGuard.LENGTH || periodSeconds != SteamGuard.PERIOD_SECONDS) {
                throw new IllegalArgumentException("Steam codes are SHA1, 5 characters, 30 seconds");
            }
        } else if (digits < Hotp.MIN_DIGITS || digits > Hotp.MAX_DIGITS) {
            throw new IllegalArgumentException("digits must be 6, 7 or 8");
        }
        if (periodSeconds < 1 || periodSeconds > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the period must be a whole number of seconds from 1 to "
                    + Integer.MAX_VALUE);
        }
        if (counter < 0) {
            throw new IllegalArgumentException("the counter must not be negative");
        }
    }

    public static Builder builder(OtpType type) {
        return new Builder(type);
    }

    public OtpParameters withCounter(long next) {
        return new OtpParameters(type, algorithm, digits, periodSeconds, next, issuer, account);
    }

    public OtpParameters withNames(String newIssuer, String newAccount) {
        return new OtpParameters(type, algorithm, digits, periodSeconds, counter, newIssuer, newAccount);
    }

    public boolean isTimeBased() {
        return type != OtpType.HOTP;
    }

    /** "Issuer: account", or whichever of the two is present. */
    public String displayName() {
        if (issuer.isEmpty()) {
            return account;
        }
        return account.isEmpty() ? issuer : issuer + ": " + account;
    }

    /** Collects values and checks them once, in {@link #build()}. */
    public static final class Builder {
        private final OtpType type;
        private OtpAlgorithm algorithm = OtpAlgorithm.SHA1;
        private int digits;
        private long period = DEFAULT_PERIOD;
        private long counter;
        private String issuer = "";
        private String account = "";

        private Builder(OtpType type) {
            this.type = Objects.requireNonNull(type, "type");
            this.digits = type == OtpType.STEAM ? SteamGuard.LENGTH : DEFAULT_DIGITS;
        }

        public Builder algorithm(OtpAlgorithm value) {
            algorithm = Objects.requireNonNull(value, "algorithm");
            return this;
        }

        public Builder digits(int value) {
            digits = value;
            return this;
        }

        public Builder period(long seconds) {
            period = seconds;
            return this;
        }

        public Builder counter(long value) {
            counter = value;
            return this;
        }

        public Builder issuer(String value) {
            issuer = value;
            return this;
        }

        public Builder account(String value) {
            account = value;
            return this;
        }

        public OtpParameters build() throws LatchkeyException {
            try {
                return new OtpParameters(type, algorithm, digits, period, counter, issuer, account);
            } catch (IllegalArgumentException e) {
                throw new LatchkeyException(Status.PARAM, e.getMessage());
            }
        }
    }
}
