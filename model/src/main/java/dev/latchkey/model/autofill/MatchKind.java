package dev.latchkey.model.autofill;

/** How well a credential fits where it is asked for, best first. */
public enum MatchKind {
    /** Same scheme, host and port (for an app: the item's service is the app). */
    EXACT_ORIGIN,
    /** Same host, another scheme or port, or an item that names only the host. */
    SAME_HOST,
    /** Same registrable domain by the Public Suffix List ({@code login.example.com} for {@code example.com}). */
    SAME_SITE,
    /** One of the other websites (or apps) listed on the item. */
    ASSOCIATED_DOMAIN
}
