package dev.latchkey.model.transfer.csv;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.transfer.entries.ImportedEntry;
import java.util.Locale;

/** How one CSV flavour's columns fill an entry. */
@FunctionalInterface
interface RowMapping {
    void fill(CsvPasswordReader.Row row, ImportedEntry entry) throws LatchkeyException;

    static RowMapping of(CsvFlavour flavour) {
        return switch (flavour) {
            case KEEPASSXC -> RowMapping::keePassXc;
            case BITWARDEN -> RowMapping::bitwarden;
            case FIREFOX -> RowMapping::firefox;
            case ONEPASSWORD -> RowMapping::onePassword;
            case CHROME -> RowMapping::chrome;
        };
    }

    /** Group path (the root group's name first, as KeePassXC writes it), TOTP as an otpauth URI. */
    private static void keePassXc(CsvPasswordReader.Row row, ImportedEntry e) throws LatchkeyException {
        String group = row.get("Group");
        int slash = group.indexOf('/');
        e.folder(slash < 0 ? "" : group.substring(slash + 1)).title(row.get("Title")).username(row.get("Username"))
                .password(row.chars("Password")).url(row.get("URL")).notes(row.get("Notes"))
                .field("otp", true, row.get("TOTP"))
                .modified(row.isoTime("Last Modified")).created(row.isoTime("Created"));
    }

    /** Types login, note, card and identity; "fields" holds "name: value" lines; several URIs are comma-separated. */
    private static void bitwarden(CsvPasswordReader.Row row, ImportedEntry e) throws LatchkeyException {
        String type = row.get("type").strip().toLowerCase(Locale.ROOT);
        switch (type) {
            case "", "login" -> e.kind(ImportedEntry.Kind.LOGIN);
            case "note" -> e.kind(ImportedEntry.Kind.NOTE);
            default -> throw row.malformed("type", "\"" + type + "\" items are not in Bitwarden's CSV export "
                    + "(login or note); export JSON to bring cards and identities");
        }
        e.folder(row.get("folder")).title(row.get("name")).notes(row.get("notes"))
                .username(row.get("login_username")).password(row.chars("login_password"))
                .field("otp", true, row.get("login_totp"));
        for (String uri : row.get("login_uri").split(",")) {
            e.url(uri);
        }
        for (String line : row.get("fields").split("\\R")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                e.field(line.substring(0, colon), false, line.substring(colon + 2));
            } else if (!line.isBlank()) {
                e.field(line, false, "");
            }
        }
        if ("1".equals(row.get("favorite").strip())) {
            e.tag("Favorite");
        }
    }

    /** Firefox: no names, so the host is the title; times in milliseconds since 1970. */
    private static void firefox(CsvPasswordReader.Row row, ImportedEntry e) throws LatchkeyException {
        String url = row.get("url");
        e.title(url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "")).url(url).username(row.get("username"))
                .password(row.chars("password")).created(row.epochMillis("timeCreated"))
                .modified(row.epochMillis("timePasswordChanged"));
        if (!row.get("httpRealm").isEmpty()) {
            e.field("HTTP realm", false, row.get("httpRealm"));
        }
    }

    /** 1Password 8 ("Title, Url, Username, Password, OTPAuth, Favorite, Archived, Tags, Notes") and 7 ("website"). */
    private static void onePassword(CsvPasswordReader.Row row, ImportedEntry e) {
        e.title(row.get("title")).url(row.get("url", "website", "login_uri")).username(row.get("username"))
                .password(row.chars("password")).notes(row.get("notes", "notesplain"))
                .field("otp", true, row.get("otpauth", "one-time password"));
        for (String tag : row.get("tags").split("[,;]")) {
            e.tag(tag);
        }
        if ("true".equalsIgnoreCase(row.get("archived").strip())) {
            e.tag("Archived");
        }
    }

    /** Chromium browsers: name, url, username, password and (newer versions) note. */
    private static void chrome(CsvPasswordReader.Row row, ImportedEntry e) {
        e.title(row.get("name")).url(row.get("url")).username(row.get("username")).password(row.chars("password"))
                .notes(row.get("note"));
    }
}
