package dev.latchkey.model.transfer.entries;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.SecretParts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry as a password manager's export holds it, before it becomes a keychain item: what
 * every importer produces and {@link EntryMapper} consumes. Owns its secrets; closing wipes
 * them. Custom fields keep their names, so one-time-code fields ({@code otp}, {@code TOTP Seed},
 * {@code TimeOtp-*}) are recognised by the mapper whatever the source.
 */
public final class ImportedEntry implements AutoCloseable {
    /** A login (password item) or a secure note. */
    public enum Kind { LOGIN, NOTE }

    /** An earlier password of the entry (KeePass history), with when it was replaced. */
    public record OldPassword(Instant changed, Secret password) {
        @Override
        public String toString() {
            return "OldPassword[" + changed + "]";
        }
    }

    private final String source;
    private Kind kind = Kind.LOGIN;
    private String title = "";
    private String username = "";
    private Secret password;
    private final List<String> urls = new ArrayList<>();
    private String notes = "";
    private final List<String> tags = new ArrayList<>();
    private String folder = "";
    private final List<SecretParts.Part> fields = new ArrayList<>();
    private final List<SecretParts.Part> attachments = new ArrayList<>();
    private final List<OldPassword> history = new ArrayList<>();
    private final List<String> notKept = new ArrayList<>();
    private Instant created;
    private Instant modified;

    /** @param source where the entry is in its file, for the mapping report: "line 12", "entry 3" */
    public ImportedEntry(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    public ImportedEntry kind(Kind value) {
        kind = value;
        return this;
    }

    public String title() {
        return title;
    }

    public ImportedEntry title(String value) {
        title = clean(value);
        return this;
    }

    public String username() {
        return username;
    }

    public ImportedEntry username(String value) {
        username = clean(value);
        return this;
    }

    /** The password, or null. */
    public Secret password() {
        return password;
    }

    /** Takes ownership of {@code value}. */
    public ImportedEntry password(Secret value) {
        if (password != null) {
            password.close();
        }
        password = value;
        return this;
    }

    public ImportedEntry password(char[] value) {
        return password(value == null || value.length == 0 ? null : Secret.fromChars(value));
    }

    /** Hands the password over (the caller closes it) and leaves the entry without one. */
    public Secret takePassword() {
        Secret out = password;
        password = null;
        return out;
    }

    public List<String> urls() {
        return urls;
    }

    public ImportedEntry url(String value) {
        String v = clean(value).strip();
        if (!v.isEmpty() && !urls.contains(v)) {
            urls.add(v);
        }
        return this;
    }

    public String notes() {
        return notes;
    }

    public ImportedEntry notes(String value) {
        notes = clean(value);
        return this;
    }

    public List<String> tags() {
        return tags;
    }

    public ImportedEntry tag(String value) {
        String v = clean(value).strip();
        if (!v.isEmpty() && !tags.contains(v)) {
            tags.add(v);
        }
        return this;
    }

    public String folder() {
        return folder;
    }

    public ImportedEntry folder(String value) {
        folder = clean(value).strip();
        return this;
    }

    /** Further named values, in the file's order; takes ownership of the values. */
    public List<SecretParts.Part> fields() {
        return fields;
    }

    public ImportedEntry field(String name, boolean hidden, Secret value) {
        fields.add(new SecretParts.Part(name, hidden, value));
        return this;
    }

    public ImportedEntry field(String name, boolean hidden, String value) {
        return value == null || value.isEmpty() ? this
                : field(name, hidden, Secret.fromChars(value.toCharArray()));
    }

    public List<SecretParts.Part> attachments() {
        return attachments;
    }

    public ImportedEntry attachment(String name, Secret content) {
        attachments.add(new SecretParts.Part(name, false, content));
        return this;
    }

    public List<OldPassword> history() {
        return history;
    }

    public ImportedEntry oldPassword(Instant changed, Secret value) {
        history.add(new OldPassword(changed, value));
        return this;
    }

    /** What the file held for this entry that Latchkey does not keep ("icon", "expiry date"). */
    public List<String> notKept() {
        return notKept;
    }

    public ImportedEntry notKept(String what) {
        if (!notKept.contains(what)) {
            notKept.add(what);
        }
        return this;
    }

    public Instant created() {
        return created;
    }

    public ImportedEntry created(Instant value) {
        created = value;
        return this;
    }

    public Instant modified() {
        return modified;
    }

    public ImportedEntry modified(Instant value) {
        modified = value;
        return this;
    }

    private static String clean(String value) {
        return value == null ? "" : value;
    }

    @Override
    public void close() {
        password((Secret) null);
        fields.forEach(f -> f.value().close());
        attachments.forEach(a -> a.value().close());
        history.forEach(h -> h.password().close());
    }

    @Override
    public String toString() {
        return "ImportedEntry[" + source + "]";
    }
}
