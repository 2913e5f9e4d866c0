package dev.latchkey.model.transfer.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The CSV exports Latchkey reads, told apart by their header line: the columns each needs
 * (compared without regard to case), and for the two it writes, the columns in their order.
 */
public enum CsvFlavour {
    KEEPASSXC("KeePassXC CSV", List.of("Group", "Title", "Username", "Password", "URL", "Notes"),
            List.of("Group", "Title", "Username", "Password", "URL", "Notes", "TOTP", "Icon", "Last Modified",
                    "Created")),
    BITWARDEN("Bitwarden CSV", List.of("name", "login_username", "login_password"),
            List.of("folder", "favorite", "type", "name", "notes", "fields", "reprompt", "login_uri",
                    "login_username", "login_password", "login_totp")),
    FIREFOX("Firefox CSV", List.of("url", "username", "password", "httpRealm", "formActionOrigin"), List.of()),
    ONEPASSWORD("1Password CSV", List.of("title", "username", "password"), List.of()),
    /** Chrome, Edge, Brave and other Chromium browsers. */
    CHROME("Chrome/Edge/Brave CSV", List.of("name", "url", "username", "password"), List.of());

    private final String displayName;
    private final List<String> required;
    private final List<String> columns;

    CsvFlavour(String displayName, List<String> required, List<String> columns) {
        this.displayName = displayName;
        this.required = required;
        this.columns = columns;
    }

    public String displayName() {
        return displayName;
    }

    /** The header this flavour writes (KeePassXC and Bitwarden only). */
    public List<String> columns() {
        return columns;
    }

    /** The columns of {@code header} this flavour needs but does not find. */
    public List<String> missing(Set<String> header) {
        return required.stream().filter(c -> !header.contains(c.toLowerCase(Locale.ROOT))).toList();
    }

    /** The first flavour whose columns are all in the header (lower-cased names). */
    public static Optional<CsvFlavour> detect(Set<String> header) {
        for (CsvFlavour f : values()) {
            if (f.missing(header).isEmpty()) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
