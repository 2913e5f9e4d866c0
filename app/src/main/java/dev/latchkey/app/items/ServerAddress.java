package dev.latchkey.app.items;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The "Where" of an Internet password as a user types it ({@code https://example.com:8443/login}
 * or just {@code example.com}), split into the protocol, server, port and path attributes.
 */
public record ServerAddress(String protocol, String server, Integer port, String path) {

    /** Parses what a user typed; empty when there is no usable host name. */
    public static Optional<ServerAddress> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        boolean hasScheme = s.matches("(?i)[a-z][a-z0-9+.-]*://.*");
        try {
            URI uri = new URI(hasScheme ? s : "placeholder://" + s);
            String host = uri.getHost();
            if (host == null || host.isBlank() || s.contains(" ")) {
                return Optional.empty();
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/")
                    ? null : uri.getRawPath();
            return Optional.of(new ServerAddress(hasScheme ? uri.getScheme().toLowerCase(Locale.ROOT) : null,
                    host.toLowerCase(Locale.ROOT), uri.getPort() < 0 ? null : uri.getPort(), path));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static ServerAddress of(ItemAttributes a) {
        return new ServerAddress(a.string(Attribute.PROTOCOL).map(ServerAddress::scheme).orElse(null),
                a.text(Attribute.SERVER), a.integer(Attribute.PORT).map(Long::intValue).orElse(null),
                a.string(Attribute.PATH).orElse(null));
    }

    /** Apple's four-letter protocol codes for the common schemes; anything else is taken as a scheme. */
    private static String scheme(String protocol) {
        return switch (protocol.toLowerCase(Locale.ROOT)) {
            case "htps" -> "https";
            case "ftps" -> "ftps";
            case "smb " -> "smb";
            default -> protocol.strip().toLowerCase(Locale.ROOT);
        };
    }

    public ItemAttributes.Builder applyTo(ItemAttributes.Builder b) {
        return b.set(Attribute.PROTOCOL, protocol).set(Attribute.SERVER, server)
                .set(Attribute.PORT, port).set(Attribute.PATH, path);
    }

    /** How the address reads in the table and the inspector. */
    public String format() {
        if (server == null || server.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (protocol != null) {
            sb.append(protocol).append("://");
        }
        sb.append(server);
        if (port != null) {
            sb.append(':').append(port);
        }
        if (path != null) {
            sb.append(path.startsWith("/") ? "" : "/").append(path);
        }
        return sb.toString();
    }
}
