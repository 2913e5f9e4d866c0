package dev.latchkey.model.applications;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The name-value attributes by which another application finds a password it keeps here (the
 * Secret Service's lookup attributes), and how they map onto a generic password: the
 * application's own {@code service} (else its schema) is the service, its user name (under
 * whichever of the usual names it uses) the account, and the whole set is kept beside them.
 * A password made in Latchkey shows as {@code service} and {@code username}, so that
 * {@code secret-tool lookup service S username U} finds it too.
 */
public final class ApplicationAttributes {
    /** The service of a password whose application names no service and no schema. */
    public static final String DEFAULT_SERVICE = "Secret Service";
    static final List<String> ACCOUNT_NAMES = List.of("username", "user", "account", "login");
    static final int MAX_ATTRIBUTES = 64;
    static final int MAX_LENGTH = 4096;

    private ApplicationAttributes() {
    }

    /** Whether other applications see the item at all: generic passwords only. */
    public static boolean shared(Item item) {
        return item.itemClass() == ItemClass.GENERIC_PASSWORD;
    }

    /** The attributes applications see for a generic password; empty for other items. */
    public static Optional<SortedMap<String, String>> of(Item item) {
        if (!shared(item)) {
            return Optional.empty();
        }
        List<String> flat = item.attributes().list(Attribute.APPLICATION_ATTRIBUTES);
        SortedMap<String, String> out = new TreeMap<>();
        if (flat.isEmpty()) {
            out.put("service", item.attributes().text(Attribute.SERVICE));
            String account = item.attributes().text(Attribute.ACCOUNT);
            if (!account.isEmpty()) {
                out.put("username", account);
            }
        } else {
            for (int i = 0; i + 1 < flat.size(); i += 2) {
                out.put(flat.get(i), flat.get(i + 1));
            }
        }
        return Optional.of(Collections.unmodifiableSortedMap(out));
    }

    /** Whether the item's attributes include every pair of {@code query} (an empty query matches all). */
    public static boolean matches(Item item, Map<String, String> query) {
        Optional<SortedMap<String, String>> mine = of(item);
        return mine.isPresent() && mine.get().entrySet().containsAll(query.entrySet());
    }

    /**
     * Checks an application's attributes: at most {@value #MAX_ATTRIBUTES} pairs, names not
     * empty, and every name and value under {@value #MAX_LENGTH} characters.
     */
    public static SortedMap<String, String> checked(Map<String, String> attributes) throws LatchkeyException {
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new LatchkeyException(Status.PARAM, "more than " + MAX_ATTRIBUTES + " attributes");
        }
        SortedMap<String, String> out = new TreeMap<>();
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey() == null || e.getKey().isEmpty() || e.getValue() == null) {
                throw new LatchkeyException(Status.PARAM, "an attribute without a name or a value");
            }
            if (e.getKey().length() > MAX_LENGTH || e.getValue().length() > MAX_LENGTH) {
                throw new LatchkeyException(Status.PARAM, "an attribute longer than " + MAX_LENGTH + " characters");
            }
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    /** The service a set of attributes files its password under. */
    static String service(SortedMap<String, String> attributes) {
        String s = attributes.getOrDefault("service", attributes.get("xdg:schema"));
        return s == null || s.isBlank() ? DEFAULT_SERVICE : s;
    }

    /** The account a set of attributes files its password under ("" when it names no user). */
    static String account(SortedMap<String, String> attributes) {
        return ACCOUNT_NAMES.stream().map(attributes::get).filter(v -> v != null && !v.isEmpty()).findFirst()
                .orElse("");
    }

    /**
     * The account to use when {@link #account} is taken by another password of that service:
     * the same with the attributes that tell the two apart, e.g. {@code "alice (host=a.example)"}.
     */
    static String distinctAccount(SortedMap<String, String> attributes) {
        List<String> rest = new ArrayList<>();
        attributes.forEach((k, v) -> {
            if (!k.equals("service") && !k.equals("xdg:schema") && !ACCOUNT_NAMES.contains(k)) {
                rest.add(k + "=" + v);
            }
        });
        String account = account(attributes);
        String extra = String.join(", ", rest);
        return account.isEmpty() ? "(" + extra + ")" : account + " (" + extra + ")";
    }

    /** Writes the set onto a generic password's attributes: flat list, and the service and account given. */
    static ItemAttributes.Builder applyTo(ItemAttributes.Builder b, SortedMap<String, String> attributes,
            String account) {
        List<String> flat = new ArrayList<>(attributes.size() * 2);
        attributes.forEach((k, v) -> {
            flat.add(k);
            flat.add(v);
        });
        b.set(Attribute.APPLICATION_ATTRIBUTES, flat).set(Attribute.SERVICE, service(attributes));
        if (account.isEmpty()) {
            b.remove(Attribute.ACCOUNT);
        } else {
            b.set(Attribute.ACCOUNT, account);
        }
        return b;
    }
}
