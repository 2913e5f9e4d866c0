package dev.latchkey.model.otp;

import java.util.List;

/**
 * The accounts of one Google Authenticator export QR code. A large export is split over
 * several codes: {@code batchIndex} of {@code batchSize}, all sharing {@code batchId}.
 * Owns the seeds: closing wipes them.
 */
public record MigrationBatch(List<OtpCredential> credentials, int version, int batchSize, int batchIndex,
        int batchId) implements AutoCloseable {
    public MigrationBatch {
        credentials = List.copyOf(credentials);
    }

    @Override
    public void close() {
        OtpCredential.closeAll(credentials);
    }
}
