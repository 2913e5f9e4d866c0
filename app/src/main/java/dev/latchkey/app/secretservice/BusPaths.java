package dev.latchkey.app.secretservice;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The object paths of the Secret Service: the service, a collection per keychain (its name,
 * with every byte outside {@code [A-Za-z0-9]} written {@code _hh}), an item per generic
 * password (its id), aliases, sessions and prompts.
 */
final class BusPaths {
    static final String SERVICE = "/org/freedesktop/secrets";
    static final String COLLECTIONS = SERVICE + "/collection";
    static final String ALIASES = SERVICE + "/aliases";
    static final String SESSIONS = SERVICE + "/session";
    static final String PROMPTS = SERVICE + "/prompt";
    /** The path that means "no prompt needed". */
    static final String NO_PROMPT = "/";
    static final String DEFAULT_ALIAS = "default";

    private static final Pattern ITEM_ID = Pattern.compile(
            "([0-9a-f]{8})_([0-9a-f]{4})_([0-9a-f]{4})_([0-9a-f]{4})_([0-9a-f]{12})");
    private static final Pattern ENCODED = Pattern.compile("(?:[A-Za-z0-9]|_[0-9a-f]{2})+");

    private BusPaths() {
    }

    /** What a path under the collections or aliases names: a collection, or an item in one. */
    record Target(boolean alias, String collection, Optional<UUID> item) {
    }

    static String collection(String keychainName) {
        return COLLECTIONS + "/" + encode(keychainName);
    }

    static String item(String keychainName, UUID id) {
        return collection(keychainName) + "/" + id.toString().replace('-', '_');
    }

    static String alias(String name) {
        return ALIASES + "/" + encode(name);
    }

    /** The collection or item a path names, or empty when it is not one of ours. */
    static Optional<Target> parse(String path) {
        boolean alias = path.startsWith(ALIASES + "/");
        if (!alias && !path.startsWith(COLLECTIONS + "/")) {
            return Optional.empty();
        }
        String rest = path.substring((alias ? ALIASES : COLLECTIONS).length() + 1);
        String[] parts = rest.split("/", -1);
        if (parts.length > 2 || !ENCODED.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        Optional<String> name = decode(parts[0]);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(new Target(alias, name.get(), Optional.empty()));
        }
        Matcher m = ITEM_ID.matcher(parts[1]);
        if (alias || !m.matches()) {
            return Optional.empty();
        }
        UUID id = UUID.fromString(m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "-" + m.group(4) + "-" + m.group(5));
        return Optional.of(new Target(false, name.get(), Optional.of(id)));
    }

    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(c);
            } else {
                out.append('_').append(HexFormat.of().toHexDigits(b));
            }
        }
        return out.toString();
    }

    static Optional<String> decode(String encoded) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '_') {
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
