package dev.latchkey.model.otp;

import dev.latchkey.crypto.secret.Secret;
import java.util.List;
import java.util.Objects;

/** Parameters and seed of one imported code. Owns the seed: closing wipes it. */
public record OtpCredential(OtpParameters parameters, Secret seed) implements AutoCloseable {
    public OtpCredential {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(seed, "seed");
    }

    @Override
    public void close() {
        seed.close();
    }

    /** Wipes every seed in {@code credentials}. */
    public static void closeAll(List<OtpCredential> credentials) {
        credentials.forEach(OtpCredential::close);
    }

    @Override
    public String toString() {
        return "OtpCredential[" + parameters + ", seed redacted]";
    }
}
