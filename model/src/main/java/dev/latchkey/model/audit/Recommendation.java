package dev.latchkey.model.audit;

import java.util.UUID;

/** One finding about one item; {@code detail} adds specifics (never the password). */
public record Recommendation(UUID itemId, String itemName, RecommendationKind kind, String detail) {
}
