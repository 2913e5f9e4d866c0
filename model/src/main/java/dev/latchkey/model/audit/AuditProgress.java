package dev.latchkey.model.audit;

/** Progress of a long check, for a progress bar: {@code done} of {@code total} steps. */
@FunctionalInterface
public interface AuditProgress {
    AuditProgress NONE = (done, total) -> {
    };

    void progress(long done, long total);
}
