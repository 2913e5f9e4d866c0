package dev.latchkey.model.otp;

/** How a one-time code is counted: by time (TOTP), by use (HOTP), or Steam Guard's time-based letters. */
public enum OtpType {
    TOTP,
    HOTP,
    STEAM
}
