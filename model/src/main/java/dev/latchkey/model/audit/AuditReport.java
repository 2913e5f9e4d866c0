package dev.latchkey.model.audit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit's findings, plus the password items it checked and those it could not read
 * because they ask for the keychain password first.
 */
public record AuditReport(List<Recommendation> recommendations, int checked, List<UUID> notChecked) {
    public AuditReport {
        recommendations = List.copyOf(recommendations);
        notChecked = List.copyOf(notChecked);
    }

    /** How many findings of each kind (every kind present, zero included). */
    public Map<RecommendationKind, Integer> counts() {
        Map<RecommendationKind, Integer> counts = new EnumMap<>(RecommendationKind.class);
        for (RecommendationKind k : RecommendationKind.values()) {
            counts.put(k, 0);
        }
        recommendations.forEach(r -> counts.merge(r.kind(), 1, Integer::sum));
        return counts;
    }

    public List<Recommendation> of(RecommendationKind kind) {
        return recommendations.stream().filter(r -> r.kind() == kind).toList();
    }
}
