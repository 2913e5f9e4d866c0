package dev.latchkey.model.autofill;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Ranks keychain items for a URL or an app, best first: exact origin, then same host, then
 * same registrable domain (Public Suffix List, so {@code foo.github.io} never matches
 * {@code bar.github.io}), then the other websites listed in the item's URLs. An item's own
 * site is its server, protocol, port and path (internet passwords) or its service when that
 * is a URL or host name (generic passwords). IP addresses match only themselves. http and
 * https count as one family; other protocols only match themselves. An https credential is
 * offered for an http page only with {@link CredentialMatch#insecure()} set. Within a kind,
 * secure matches come first, then the longest matching path, then the most recently changed.
 */
public final class CredentialMatcher {
    private static final List<String> APP_PREFIXES = List.of("", "app://", "android-app://", "ios-app://", "androidapp://");

    private final PublicSuffixList suffixes;

    public CredentialMatcher() {
        this(PublicSuffixList.shipped());
    }

    public CredentialMatcher(PublicSuffixList suffixes) {
        this.suffixes = suffixes;
    }

    public List<CredentialMatch> rank(AutofillTarget target, Collection<Item> items) {
        List<Ranked> ranked = new ArrayList<>();
        for (Item item : items) {
            if (!item.itemClass().isPassword()) {
                continue;
            }
            Optional<Ranked> r = target instanceof AutofillTarget.Url url ? matchUrl(url.site(), item)
                    : matchApp(((AutofillTarget.App) target).id(), item);
            r.ifPresent(ranked::add);
        }
        ranked.sort(Comparator.comparing((Ranked r) -> r.match.kind())
                .thenComparing(r -> r.match.insecure())
                .thenComparing(Comparator.comparingInt((Ranked r) -> r.pathLength).reversed())
                .thenComparing(r -> r.match.item().attributes().instant(Attribute.MODIFIED).orElse(Instant.EPOCH),
                        Comparator.reverseOrder())
                .thenComparing(r -> r.match.item().displayName().toLowerCase(Locale.ROOT)));
        return ranked.stream().map(r -> r.match).toList();
    }

    private record Ranked(CredentialMatch match, int pathLength) {
    }

    private Optional<Ranked> matchUrl(Site target, Item item) {
        Ranked best = null;
        Optional<Site> own = ownSite(item);
        if (own.isPresent()) {
            best = compare(target, own.get(), item, false, describe(own.get())).orElse(null);
        }
        for (String url : item.attributes().list(Attribute.URLS)) {
            Optional<Site> site = Site.parse(url);
            if (site.isPresent()) {
                Ranked r = compare(target, site.get(), item, true, url).orElse(null);
                if (r != null && (best == null || better(r, best))) {
                    best = r;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(Ranked a, Ranked b) {
        int byKind = a.match.kind().compareTo(b.match.kind());
        return byKind < 0 || (byKind == 0 && !a.match.insecure() && b.match.insecure());
    }

    private Optional<Ranked> compare(Site target, Site site, Item item, boolean associated, String matchedOn) {
        boolean sameFamily = site.scheme().isEmpty() || site.scheme().equals(target.scheme())
                || (site.isWeb() && target.isWeb());
        if (!sameFamily) {
            return Optional.empty();
        }
        MatchKind kind;
        if (site.host().equals(target.host())) {
            boolean exact = site.scheme().equals(target.scheme()) && site.effectivePort() == target.effectivePort();
            kind = exact ? MatchKind.EXACT_ORIGIN : MatchKind.SAME_HOST;
        } else if (site.isIpAddress() || target.isIpAddress()) {
            return Optional.empty();
        } else {
            Optional<String> domain = suffixes.registrableDomain(target.host());
            if (domain.isEmpty() || !domain.equals(suffixes.registrableDomain(site.host()))) {
                return Optional.empty();
            }
            kind = MatchKind.SAME_SITE;
        }
        boolean insecure = target.scheme().equals("http") && site.scheme().equals("https");
        int pathLength = !site.path().isEmpty() && target.path().startsWith(site.path()) ? site.path().length() : 0;
        return Optional.of(new Ranked(new CredentialMatch(item, associated ? MatchKind.ASSOCIATED_DOMAIN : kind,
                insecure, matchedOn), pathLength));
    }

    /** The item's own site: an internet password's server, or a generic password's service if it looks like one. */
    static Optional<Site> ownSite(Item item) {
        ItemAttributes a = item.attributes();
        if (item.itemClass() == ItemClass.INTERNET_PASSWORD) {
            String server = a.text(Attribute.SERVER).strip();
            if (server.isEmpty()) {
                return Optional.empty();
            }
            String scheme = Site.schemeForProtocol(a.text(Attribute.PROTOCOL));
            long port = a.integer(Attribute.PORT).orElse(0L);
            String host = server.indexOf(':') >= 0 && !server.startsWith("[") ? "[" + server + "]" : server;
            String path = a.text(Attribute.PATH);
            String url = (scheme.isEmpty() ? "" : scheme + "://") + host + (port > 0 ? ":" + port : "")
                    + (path.isEmpty() || path.startsWith("/") ? path : "/" + path);
            return Site.parse(url);
        }
        String service = a.text(Attribute.SERVICE).strip();
        if (service.contains("://") || (service.contains(".") && !service.contains(" "))) {
            return Site.parse(service);
        }
        return Optional.empty();
    }

    private static String describe(Site s) {
        String host = s.host().indexOf(':') >= 0 ? "[" + s.host() + "]" : s.host();
        return (s.scheme().isEmpty() ? "" : s.scheme() + "://") + host + (s.port() >= 0 ? ":" + s.port() : "") + s.path();
    }

    private static Optional<Ranked> matchApp(String appId, Item item) {
        if (item.attributes().text(Attribute.SERVICE).strip().equalsIgnoreCase(appId)) {
            return Optional.of(new Ranked(new CredentialMatch(item, MatchKind.EXACT_ORIGIN, false, appId), 0));
        }
        for (String url : item.attributes().list(Attribute.URLS)) {
            for (String prefix : APP_PREFIXES) {
                if (url.strip().equalsIgnoreCase(prefix + appId)) {
                    return Optional.of(new Ranked(new CredentialMatch(item, MatchKind.ASSOCIATED_DOMAIN, false, url), 0));
                }
            }
        }
        return Optional.empty();
    }
}
