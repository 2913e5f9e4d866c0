package dev.latchkey.model.transfer.entries;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.autofill.Site;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemRules;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.model.otp.KeePassOtpFields;
import dev.latchkey.model.otp.OtpCredential;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpUri;
import dev.latchkey.crypto.secret.Wipe;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an {@link ImportedEntry} into the item it becomes (decision 0012): a login with a web
 * address is an Internet password, other logins application passwords, notes secure notes;
 * a one-time-code field becomes the item's code; other fields and attachments are sealed as
 * the item's {@link SecretKind#FIELDS} and {@link SecretKind#ATTACHMENTS}. What does not fit
 * is said in the entry's notes. Takes the entry's secrets over; the entry is emptied.
 */
public final class EntryMapper {
    private static final java.util.regex.Pattern CODE_FIELD =
            java.util.regex.Pattern.compile("otp|TOTP Seed|TOTP Settings|(TimeOtp|HmacOtp)-.*");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final ImportOptions options;

    public EntryMapper(ImportOptions options) {
        this.options = options;
    }

    public MappedEntry map(ImportedEntry entry) {
        List<String> notes = new ArrayList<>();
        OtpCredential otp = takeCode(entry, notes);
        history(entry, notes);
        boolean note = entry.kind() == ImportedEntry.Kind.NOTE
                || (entry.password() == null && entry.username().isEmpty() && entry.urls().isEmpty() && otp == null
                        && !entry.notes().isEmpty());
        ItemAttributes.Builder a = ItemAttributes.builder();
        ItemClass itemClass;
        Secret secret;
        String title = text(entry.title(), "the title", notes);
        if (note) {
            itemClass = ItemClass.SECURE_NOTE;
            a.set(Attribute.LABEL, title.isBlank() ? "Untitled note" : title);
            secret = Secret.fromChars(entry.notes().toCharArray());
            if (entry.password() != null) {
                entry.field("Password", true, entry.takePassword());
            }
            if (!entry.username().isEmpty()) {
                entry.field("User name", false, entry.username());
            }
        } else {
            Optional<Site> site = entry.urls().stream().map(EntryMapper::site).flatMap(Optional::stream).findFirst();
            if (site.isPresent()) {
                itemClass = ItemClass.INTERNET_PASSWORD;
                Site s = site.get();
                a.set(Attribute.SERVER, s.host()).set(Attribute.PROTOCOL, s.scheme())
                        .set(Attribute.PORT, s.port() < 0 ? null : (long) s.port());
            } else {
                itemClass = ItemClass.GENERIC_PASSWORD;
                String service = !title.isBlank() ? title : !entry.urls().isEmpty() ? entry.urls().get(0)
                        : !entry.username().isEmpty() ? entry.username() : "Imported entry";
                a.set(Attribute.SERVICE, text(service, "the name", notes));
            }
            a.set(Attribute.LABEL, title).set(Attribute.ACCOUNT, text(entry.username(), "the user name", notes))
                    .set(Attribute.URLS, entry.urls());
            if (entry.notes().length() > ItemRules.MAX_TEXT) {
                entry.field("Notes", false, entry.notes());
                notes.add("notes longer than 64 KiB kept as the field \"Notes\"");
            } else {
                a.set(Attribute.COMMENT, entry.notes());
            }
            secret = entry.password() != null ? entry.takePassword() : Secret.wrap(new byte[0]);
            if (otp != null) {
                OtpParameters p = otp.parameters().withNames(
                        otp.parameters().issuer().isEmpty() ? title : otp.parameters().issuer(),
                        otp.parameters().account().isEmpty() ? entry.username() : otp.parameters().account());
                a.set(Attribute.OTP, OtpUri.formatParameters(p));
            }
        }
        groups(entry, a);
        a.set(Attribute.CREATED, entry.created()).set(Attribute.MODIFIED, entry.modified());
        Map<SecretKind, Secret> more = new EnumMap<>(SecretKind.class);
        parts(entry.fields(), SecretKind.FIELDS, "field", more, notes);
        parts(entry.attachments(), SecretKind.ATTACHMENTS, "attachment", more, notes);
        entry.notKept().forEach(what -> notes.add(what + " not kept"));
        MappedEntry mapped = new MappedEntry(entry.source(), itemClass, a.build(), secret,
                otp == null ? null : otp.seed(), more, notes);
        entry.close();
        return mapped;
    }

    /** A web address the item can be filed under: a URL with a scheme, or a dotted host name. */
    private static Optional<Site> site(String url) {
        if (!url.contains("://") && !url.contains(".")) {
            return Optional.empty();
        }
        return Site.parse(url);
    }

    private void groups(ImportedEntry entry, ItemAttributes.Builder a) {
        List<String> tags = new ArrayList<>(entry.tags());
        if (!entry.folder().isEmpty()) {
            if (options.groups() == GroupMapping.FOLDER) {
                a.set(Attribute.FOLDER, entry.folder());
            } else {
                for (String part : entry.folder().split("/")) {
                    if (!part.isBlank() && !tags.contains(part.strip())) {
                        tags.add(part.strip());
                    }
                }
            }
        }
        a.set(Attribute.TAGS, tags);
    }

    private void history(ImportedEntry entry, List<String> notes) {
        if (entry.history().isEmpty()) {
            return;
        }
        if (!options.history()) {
            notes.add(entry.history().size() + " earlier password(s) not imported (history is optional)");
            return;
        }
        for (ImportedEntry.OldPassword old : entry.history()) {
            if (entry.password() != null && old.password().contentEquals(entry.password())) {
                continue;
            }
            String when = old.changed() == null ? "earlier" : "until " + DAY.format(old.changed());
            entry.field("Password (" + when + ")", true, old.password().duplicate());
        }
    }

    /** Seals named values as one secret, dropping (and saying so) what would pass the secret limit. */
    private static void parts(List<SecretParts.Part> parts, SecretKind kind, String what, Map<SecretKind, Secret> out,
            List<String> notes) {
        List<SecretParts.Part> kept = new ArrayList<>();
        long size = 1;
        for (SecretParts.Part p : parts) {
            long partSize = 9L + p.name().getBytes(StandardCharsets.UTF_8).length + p.value().length();
            if (size + partSize > ItemRules.MAX_SECRET) {
                notes.add(what + " \"" + p.name() + "\" not imported: an item holds at most 8 MiB of " + what + "s");
                continue;
            }
            size += partSize;
            kept.add(p);
        }
        if (!kept.isEmpty()) {
            out.put(kind, new SecretParts(kept).encode());
        }
    }

    /** Finds and removes the fields that hold a one-time code; a code that cannot be read stays a field. */
    private static OtpCredential takeCode(ImportedEntry entry, List<String> notes) {
        Map<String, CharBuffer> byName = new HashMap<>();
        for (SecretParts.Part p : entry.fields()) {
            if (CODE_FIELD.matcher(p.name()).matches()) {
                byName.putIfAbsent(p.name(), CharBuffer.wrap(p.value().toChars()));
            }
        }
        if (byName.isEmpty()) {
            return null;
        }
        try {
            if (byName.containsKey("otp")) {
                OtpCredential c = KeePassOtpFields.parseOtpField(byName.get("otp"));
                remove(entry, "otp");
                return c;
            }
            if (byName.containsKey("TOTP Seed")) {
                CharBuffer settings = byName.get("TOTP Settings");
                OtpCredential c = KeePassOtpFields.parseLegacy(byName.get("TOTP Seed"),
                        settings == null ? null : settings.toString());
                remove(entry, "TOTP Seed", "TOTP Settings");
                return c;
            }
            Optional<OtpCredential> c = KeePassOtpFields.parseKeePass2(byName);
            if (c.isPresent()) {
                remove(entry, byName.keySet().toArray(String[]::new));
                return c.get();
            }
        } catch (LatchkeyException e) {
            notes.add("one-time code not imported (" + e.getMessage() + "); kept as a field");
        } finally {
            byName.values().forEach(b -> Wipe.chars(b.array()));
        }
        return null;
    }

    private static void remove(ImportedEntry entry, String... names) {
        List<String> gone = List.of(names);
        for (Iterator<SecretParts.Part> it = entry.fields().iterator(); it.hasNext();) {
            SecretParts.Part p = it.next();
            if (gone.contains(p.name())) {
                p.value().close();
                it.remove();
            }
        }
    }

    private static String text(String value, String what, List<String> notes) {
        if (value.length() <= ItemRules.MAX_TEXT) {
            return value;
        }
        notes.add(what + " was cut to 64 KiB");
        return value.substring(0, ItemRules.MAX_TEXT);
    }

}
