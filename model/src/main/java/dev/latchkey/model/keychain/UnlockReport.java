package dev.latchkey.model.keychain;

import java.time.Duration;

/** How an unlock went: time in the KDF, time loading items, and what was found. */
public record UnlockReport(Duration keyDerivation, Duration load, int items, int damagedItems) {
}
