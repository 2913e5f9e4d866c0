package dev.latchkey.model.autofill;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Public Suffix List (publicsuffix.org) shipped in the jar, with its matching algorithm:
 * normal rules, wildcard rules ({@code *.ck}) and exception rules ({@code !www.ck}); an
 * exception beats every other rule, otherwise the longest rule wins, and an unlisted TLD is a
 * public suffix by the implicit {@code *} rule. The ICANN and PRIVATE sections both count, so
 * {@code github.io} is a suffix and {@code foo.github.io} a site of its own. Rules and hosts
 * are compared in their ASCII (punycode) form.
 */
public final class PublicSuffixList {
    private static final String RESOURCE = "public_suffix_list.dat";

    private final Set<String> rules = new HashSet<>();
    private final Set<String> wildcards = new HashSet<>();
    private final Set<String> exceptions = new HashSet<>();

    private PublicSuffixList() {
    }

    private static final class Shipped {
        static final PublicSuffixList LIST = load();

        private static PublicSuffixList load() {
            try (InputStream in = PublicSuffixList.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks " + RESOURCE);
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** The list shipped with Latchkey (parsed once per process). */
    public static PublicSuffixList shipped() {
        return Shipped.LIST;
    }

    /** Parses a list in the publicsuffix.org file format. */
    public static PublicSuffixList parse(Reader reader) throws IOException {
        PublicSuffixList list = new PublicSuffixList();
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            // A rule is the first whitespace-separated word of a line; "//" starts a comment.
            String rule = line.strip().split("\\s", 2)[0];
            if (rule.isEmpty() || rule.startsWith("//")) {
                continue;
            }
            if (rule.startsWith("!")) {
                list.exceptions.add(ascii(rule.substring(1)));
            } else if (rule.startsWith("*.")) {
                list.wildcards.add(ascii(rule.substring(2)));
            } else {
                list.rules.add(ascii(rule));
            }
        }
        return list;
    }

    /**
     * The registrable domain (the public suffix plus one label) of a host name, in ASCII form;
     * empty for a host that is itself a public suffix, and for IP addresses or malformed names.
     */
    public Optional<String> registrableDomain(String host) {
        String normalized = normalize(host);
        if (normalized == null || HostNames.isIpAddress(normalized)) {
            return Optional.empty();
        }
        String[] labels = normalized.split("\\.");
        int suffixLabels = publicSuffixLabels(labels);
        if (suffixLabels >= labels.length) {
            return Optional.empty();
        }
        return Optional.of(join(labels, labels.length - suffixLabels - 1));
    }

    /** The public suffix of a host name in ASCII form; empty for IP addresses or malformed names. */
    public Optional<String> publicSuffix(String host) {
        String normalized = normalize(host);
        if (normalized == null || HostNames.isIpAddress(normalized)) {
            return Optional.empty();
        }
        String[] labels = normalized.split("\\.");
        return Optional.of(join(labels, labels.length - publicSuffixLabels(labels)));
    }

    /** How many labels, from the right, make up the public suffix. */
    private int publicSuffixLabels(String[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (exceptions.contains(join(labels, i))) {
                return labels.length - i - 1;
            }
        }
        for (int i = 0; i < labels.length; i++) {
            String suffix = join(labels, i);
            if (rules.contains(suffix) || (i + 1 < labels.length && wildcards.contains(join(labels, i + 1)))) {
                return labels.length - i;
            }
        }
        return 1;
    }

    private static String join(String[] labels, int from) {
        return String.join(".", java.util.Arrays.copyOfRange(labels, from, labels.length));
    }

    /** Lower-case ASCII without a trailing dot, or null if the name is empty or has an empty label. */
    private static String normalize(String host) {
        if (host == null) {
            return null;
        }
        String h = HostNames.toAscii(host);
        if (h == null || h.isEmpty() || h.startsWith(".") || h.contains("..")) {
            return null;
        }
        return h;
    }

    private static String ascii(String rule) {
        String a = HostNames.toAscii(rule);
        return a == null ? rule.toLowerCase(Locale.ROOT) : a;
    }
}
