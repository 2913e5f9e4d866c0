package dev.latchkey.model.otp;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A generated code: the text to type, the HOTP counter or TOTP time step it came from, and for
 * time-based codes the moment it stops being current.
 */
public record OneTimeCode(String code, long counter, Optional<Instant> validUntil) {
    /** Time left until the next code, zero for a counter-based code or a past one. */
    public Duration remaining(Instant now) {
        return validUntil.map(until -> now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO)
                .orElse(Duration.ZERO);
    }

    @Override
    public String toString() {
        return "OneTimeCode[counter " + counter + ", redacted]";
    }
}
