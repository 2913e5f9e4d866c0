package dev.latchkey.model.autofill;

import dev.latchkey.model.item.Item;

/**
 * A credential offered for a URL or app: how well it fits, the item's site that matched, and
 * whether filling it would be insecure (an {@code https} credential on an {@code http} page:
 * show a warning before filling).
 */
public record CredentialMatch(Item item, MatchKind kind, boolean insecure, String matchedOn) {
}
