package dev.latchkey.bench;

import dev.latchkey.model.item.ItemClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A reproducible, varied keychain: about 55% application passwords, 40% Internet passwords
 * and 5% secure notes, over a few thousand services (well-known ones and made-up companies
 * in several regions), people with accented names, optional comments, URLs and tags.
 * Primary keys are unique, as the keychain requires. A fixed seed gives the same items on
 * every run, so figures from different runs describe the same data.
 */
final class SampleData {
    private static final String[] BRANDS = {
        "GitHub", "GitLab", "Bitbucket", "Google", "Gmail", "Outlook", "Dropbox", "Slack", "Zoom",
        "Netflix", "Spotify", "Amazon", "eBay", "PayPal", "Stripe", "Mastodon", "LinkedIn", "Reddit",
        "Discord", "Steam", "Twitch", "Adobe", "Atlassian", "Jira", "Confluence", "Notion", "Trello",
        "Asana", "Figma", "Heroku", "DigitalOcean", "Hetzner", "Cloudflare", "AWS", "Azure",
        "Docker Hub", "npm", "PyPI", "Sonatype", "JetBrains", "iCloud", "Microsoft", "Salesforce",
        "Zendesk", "Shopify", "WordPress", "Medium", "Substack", "Patreon", "Airbnb", "Booking.com",
        "Uber", "Deliveroo", "Revolut", "N26", "Wise", "Coinbase", "Kraken", "Vanguard", "Fidelity",
        "Barclays", "HSBC", "ING", "Deutsche Bahn", "Lufthansa", "KLM", "Proton Mail", "Fastmail",
        "Signal", "Backblaze", "Synology", "Ubiquiti", "Nextcloud", "Plex", "Home Assistant",
        "Grafana", "Sentry", "Datadog", "PagerDuty", "Okta", "Auth0", "Vercel", "Netlify", "Fly.io",
    };
    private static final String[] COMPANY_HEADS = {
        "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Soylent",
        "Tyrell", "Cyberdyne", "Wonka", "Aperture", "Massive Dynamic", "Pied Piper", "Blue Sun",
        "Oscorp", "Gringotts", "Monarch", "Nakatomi", "Weyland", "Duff", "Gekko", "Prestige",
        "Sirius", "Vehement", "Zorg", "Krusty", "Bluth", "Dunder Mifflin",
    };
    private static final String[] COMPANY_TAILS = {
        "Cloud", "Bank", "Mail", "Health", "Energy", "Insurance", "Travel", "Labs", "Games", "Market",
        "Telecom", "Books", "Fitness", "Pharmacy", "Tickets", "Parking", "Payroll", "Pensions",
        "Water", "Broadband", "Rail", "Airlines", "Dental", "School", "Library",
    };
    private static final String[] REGIONS = {"", " UK", " DE", " NL", " FR", " US"};
    private static final String[] TLDS = {".com", ".net", ".io", ".org", ".de", ".co.uk", ".nl", ".fr"};
    private static final String[] FIRST = {
        "Alice", "Bob", "Carol", "David", "Eve", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Mallory",
        "Niaj", "Olivia", "Peggy", "Rupert", "Sybil", "Trent", "Victor", "Walter", "José", "Zoë",
        "Björn", "Łukasz", "Ana", "Mei", "Hiroshi", "Oluwaseun", "Priya", "Ahmed", "Fatima", "Chloé",
        "Søren", "Ines", "Mateo", "Yuki", "Kwame", "Anja", "Dmitri", "Leila", "Tomás",
    };
    private static final String[] LAST = {
        "Smith", "García", "Müller", "Nguyen", "Kowalski", "Rossi", "Okafor", "Tanaka", "O'Brien",
        "van der Berg", "Johansson", "Dubois", "Novák", "Petrov", "Kim", "Singh", "Haddad", "Costa",
        "Jensen", "Fischer", "Moreau", "Schmidt", "Yilmaz", "Mensah", "Hughes", "Lindqvist",
        "Papadopoulos", "Horvat", "Ferreira", "Walsh",
    };
    private static final String[] MAIL_DOMAINS = {
        "example.com", "example.org", "mail.example.net", "posteo.de", "fastmail.fm", "proton.me",
        "gmail.com", "outlook.com", "icloud.com", "company.example",
    };
    private static final String[] COMMENTS = {
        "recovery codes are in the safe",
        "shared with the family",
        "work account, rotate every 90 days",
        "2FA via authenticator app",
        "old account, migrate to SSO",
        "billing contact for the team",
        "security questions: first pet, street",
        "created for the conference trip",
        "do not use for anything else",
        "API token, read-only scope",
        "linked to the joint account",
        "password reset on request of IT",
        "backup admin, break glass only",
        "kids' account, parental controls on",
        "expires with the contract",
    };
    private static final String[] TAGS = {
        "work", "personal", "family", "finance", "travel", "shopping", "dev", "infra", "legacy",
        "2fa", "shared",
    };
    private static final String[] HOST_PREFIXES = {
        "", "www.", "login.", "accounts.", "auth.", "mail.", "secure.", "app.", "portal.", "id.",
    };
    private static final String[] PATHS = {"", "/", "/login", "/signin", "/account", "/admin", "/wp-admin",
        "/user/login", "/auth"};
    private static final String[][] PROTOCOLS = {
        {"htps", "443"}, {"htps", "443"}, {"htps", "443"}, {"htps", "8443"}, {"http", "80"},
        {"imps", "993"}, {"smtp", "587"}, {"ssh ", "22"}, {"pop3", "995"}, {"ldap", "389"},
    };
    private static final String[] NOTE_TOPICS = {
        "Wi-Fi at home", "Passport", "Alarm code", "Bank recovery sheet", "Server root notes",
        "Insurance policy", "Licence key", "Safe combination", "Locker", "Router admin",
        "Car PIN", "Vaccination record",
    };
    private static final String[] NOTE_WORDS = {
        "the", "code", "is", "kept", "behind", "blue", "folder", "renew", "before", "March", "call",
        "office", "number", "spare", "key", "under", "plant", "reference", "policy", "serial",
    };
    private static final String PASSWORD_CHARS =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?";

    private final SplittableRandom random;
    private final List<String> services = new ArrayList<>();

    private SampleData(long seed) {
        this.random = new SplittableRandom(seed);
        for (String b : BRANDS) {
            services.add(b);
        }
        for (String head : COMPANY_HEADS) {
            for (String tail : COMPANY_TAILS) {
                for (String region : REGIONS) {
                    services.add(head + " " + tail + region);
                }
            }
        }
    }

    /** {@code count} items with unique primary keys, the same for the same seed. */
    static List<SampleItem> generate(int count, long seed) {
        return new SampleData(seed).items(count);
    }

    private List<SampleItem> items(int count) {
        List<SampleItem> out = new ArrayList<>(count);
        Set<String> primaryKeys = new HashSet<>(count * 2);
        while (out.size() < count) {
            int n = out.size();
            int kind = random.nextInt(100);
            SampleItem item = kind < 55 ? generic() : kind < 95 ? internet() : note(n);
            if (primaryKeys.add(primaryKey(item))) {
                out.add(item);
            }
        }
        return out;
    }

    private static String primaryKey(SampleItem i) {
        return switch (i.itemClass()) {
            case GENERIC_PASSWORD -> "g\0" + i.service() + "\0" + i.account();
            case INTERNET_PASSWORD -> "i\0" + i.server().toLowerCase(Locale.ROOT) + "\0" + i.account() + "\0"
                    + i.protocol() + "\0" + i.port() + "\0" + i.path();
            default -> "n\0" + i.label();
        };
    }

    private SampleItem generic() {
        String name = pick(services);
        String domain = domainOf(name);
        boolean appId = random.nextInt(3) == 0;
        String service = appId ? reverseDns(domain) + "." + pick(new String[] {"sync", "desktop", "cli", "agent"})
                : name;
        String account = account(domain);
        String label = random.nextInt(4) == 0 ? name + " (" + account + ")" : name;
        List<String> urls = random.nextInt(10) < 3 ? List.of("https://www." + domain + "/") : List.of();
        return new SampleItem(ItemClass.GENERIC_PASSWORD, label, service, null, account, null, 0, null,
                comment(), "application password", urls, tags(), password());
    }

    private SampleItem internet() {
        String name = pick(services);
        String domain = domainOf(name);
        String server = pick(HOST_PREFIXES) + domain;
        String[] protocol = PROTOCOLS[random.nextInt(PROTOCOLS.length)];
        int port = Integer.parseInt(protocol[1]);
        String path = protocol[0].startsWith("ht") ? pick(PATHS) : "";
        String account = account(domain);
        String scheme = switch (protocol[0]) {
            case "htps" -> "https";
            case "imps" -> "imaps";
            default -> protocol[0].trim();
        };
        boolean defaultPort = port == 443 || port == 80;
        String url = scheme + "://" + server + (defaultPort ? "" : ":" + port) + path;
        List<String> urls = random.nextInt(10) == 0 ? List.of(url, "https://" + domain + "/") : List.of(url);
        return new SampleItem(ItemClass.INTERNET_PASSWORD, server + " (" + account + ")", null, server, account,
                protocol[0], port, path, comment(), "Web form password", urls, tags(), password());
    }

    private SampleItem note(int n) {
        String label = pick(NOTE_TOPICS) + " — " + pick(FIRST) + " " + (n % 997);
        StringBuilder text = new StringBuilder();
        int words = 15 + random.nextInt(60);
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(pick(NOTE_WORDS));
        }
        return new SampleItem(ItemClass.SECURE_NOTE, label, null, null, null, null, 0, null, comment(),
                "secure note", List.of(), tags(), text.toString());
    }

    private String account(String serviceDomain) {
        String first = pick(FIRST);
        String last = pick(LAST);
        String f = ascii(first);
        String l = ascii(last).replace(" ", "").replace("'", "");
        return switch (random.nextInt(6)) {
            case 0 -> f + "." + l + "@" + pick(MAIL_DOMAINS);
            case 1 -> f.charAt(0) + l;
            case 2 -> f + "_" + l + (1950 + random.nextInt(60));
            case 3 -> f + "@" + serviceDomain;
            case 4 -> first + " " + last;
            default -> f + random.nextInt(10_000);
        };
    }

    private String comment() {
        return random.nextInt(10) < 4 ? pick(COMMENTS) : null;
    }

    private List<String> tags() {
        int n = random.nextInt(10);
        if (n < 7) {
            return List.of();
        }
        String a = pick(TAGS);
        String b = pick(TAGS);
        return n == 9 && !a.equals(b) ? List.of(a, b) : List.of(a);
    }

    private String password() {
        int length = 12 + random.nextInt(21);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length())));
        }
        return sb.toString();
    }

    private static String domainOf(String serviceName) {
        String base = ascii(serviceName).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return base + TLDS[Math.floorMod(serviceName.hashCode(), TLDS.length)];
    }

    private static String reverseDns(String domain) {
        String[] parts = domain.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (int i = parts.length - 1; i >= 0; i--) {
            sb.append(parts[i]).append(i == 0 ? "" : ".");
        }
        return sb.toString();
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("Ł", "L").replace("ł", "l").toLowerCase(Locale.ROOT);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
