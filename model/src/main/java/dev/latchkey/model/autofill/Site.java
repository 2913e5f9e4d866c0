package dev.latchkey.model.autofill;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A place a credential belongs to or is asked for: scheme (empty when only a host is known),
 * host in comparable form (see {@link HostNames}), port ({@code -1}: the scheme's default) and
 * path. Parsed leniently from what people store: full URLs, {@code host:port/path}, bare hosts.
 */
public record Site(String scheme, String host, int port, String path) {
    private static final Map<String, Integer> DEFAULT_PORTS = Map.ofEntries(
            Map.entry("http", 80), Map.entry("https", 443), Map.entry("ftp", 21), Map.entry("ftps", 990),
            Map.entry("ssh", 22), Map.entry("sftp", 22), Map.entry("telnet", 23), Map.entry("smtp", 25),
            Map.entry("imap", 143), Map.entry("imaps", 993), Map.entry("pop3", 110), Map.entry("pop3s", 995),
            Map.entry("ldap", 389), Map.entry("ldaps", 636), Map.entry("smb", 445), Map.entry("afp", 548));

    /** Apple's four-letter protocol codes ({@code kSecAttrProtocol…}) and the schemes they stand for. */
    private static final Map<String, String> APPLE_PROTOCOLS = Map.ofEntries(
            Map.entry("htps", "https"), Map.entry("http", "http"), Map.entry("ftp", "ftp"), Map.entry("ftps", "ftps"),
            Map.entry("ssh", "ssh"), Map.entry("teln", "telnet"), Map.entry("smtp", "smtp"), Map.entry("imap", "imap"),
            Map.entry("imps", "imaps"), Map.entry("pop3", "pop3"), Map.entry("pops", "pop3s"), Map.entry("ldap", "ldap"),
            Map.entry("ldps", "ldaps"), Map.entry("smb", "smb"), Map.entry("afp", "afp"));

    private static final Pattern HOST = Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");

    public Site {
        scheme = scheme == null ? "" : scheme;
        path = path == null ? "" : path;
    }

    /** Parses a URL or a bare host (with optional port and path); empty if it is neither. */
    public static Optional<Site> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        String scheme = "";
        int sep = s.indexOf("://");
        if (sep >= 0) {
            scheme = s.substring(0, sep).toLowerCase(Locale.ROOT);
            if (!SCHEME.matcher(scheme).matches()) {
                return Optional.empty();
            }
            s = s.substring(sep + 3);
        }
        int authorityEnd = s.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < authorityEnd) {
                authorityEnd = i;
            }
        }
        String authority = s.substring(0, authorityEnd);
        String rest = s.substring(authorityEnd);
        String path = rest.startsWith("/") ? rest.split("[?#]", 2)[0] : "";
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        String host = authority;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = authority.substring(0, close + 1);
            String after = authority.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                return Optional.empty();
            }
            portText = after.isEmpty() ? null : after.substring(1);
        } else if (authority.indexOf(':') >= 0 && authority.indexOf(':') == authority.lastIndexOf(':')) {
            host = authority.substring(0, authority.indexOf(':'));
            portText = authority.substring(authority.indexOf(':') + 1);
        }
        int port = -1;
        if (portText != null && !portText.isEmpty()) {
            if (portText.length() > 5 || !portText.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            port = Integer.parseInt(portText);
            if (port > 65535) {
                return Optional.empty();
            }
        }
        String ascii = host.isEmpty() ? null : HostNames.toAscii(host);
        if (ascii == null || ascii.isEmpty() || !(HostNames.isIpAddress(ascii) || HOST.matcher(ascii).matches())) {
            return Optional.empty();
        }
        if (port >= 0 && port == DEFAULT_PORTS.getOrDefault(scheme, -2)) {
            port = -1;
        }
        return Optional.of(new Site(scheme, ascii, port, path));
    }

    /** The scheme for an internet password's protocol attribute: Apple's code or a scheme name. */
    public static String schemeForProtocol(String protocol) {
        if (protocol == null || protocol.isBlank()) {
            return "";
        }
        String p = protocol.strip().toLowerCase(Locale.ROOT);
        return APPLE_PROTOCOLS.getOrDefault(p, p);
    }

    /** The port, with the scheme's default filled in; -1 if neither is known. */
    public int effectivePort() {
        return port >= 0 ? port : DEFAULT_PORTS.getOrDefault(scheme, -1);
    }

    public boolean isIpAddress() {
        return HostNames.isIpAddress(host);
    }

    public boolean isWeb() {
        return scheme.equals("http") || scheme.equals("https");
    }
}
