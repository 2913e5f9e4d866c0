package dev.latchkey.model.transfer.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.entries.ImportErrors;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.ImportedEntry;
import dev.latchkey.model.transfer.entries.PasswordReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a 1Password 1PUX export: a zip holding {@code export.data} (accounts, vaults, items)
 * and the documents under {@code files/}. Logins and passwords become password items, other
 * categories secure notes with their details as fields; a vault's name is the folder.
 */
public final class OnePuxReader implements PasswordReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_DATA = 512L * 1024 * 1024;

    @Override
    public List<ImportedEntry> read(ImportSource source, Progress progress) throws LatchkeyException {
        Path file = source.file();
        JsonFields f = new JsonFields(file);
        List<ImportedEntry> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry data = zip.getEntry("export.data");
            if (data == null) {
                throw f.malformed("", "is not a 1Password export (no export.data inside)");
            }
            JsonNode root;
            try (InputStream in = zip.getInputStream(data)) {
                root = JSON.readTree(in.readNBytes((int) Math.min(MAX_DATA, Math.max(0, data.getSize() < 0 ? MAX_DATA
                        : data.getSize()))));
            }
            JsonNode accounts = f.array(root, "accounts", "");
            for (int a = 0; a < accounts.size(); a++) {
                JsonNode vaults = f.array(accounts.get(a), "vaults", "accounts[" + a + "]");
                for (int v = 0; v < vaults.size(); v++) {
                    JsonNode vault = vaults.get(v);
                    String vaultName = JsonFields.text(vault.path("attrs"), "name");
                    String where = "accounts[" + a + "].vaults[" + v + "]";
                    JsonNode items = f.array(vault, "items", where);
                    for (int i = 0; i < items.size(); i++) {
                        ImportedEntry e = new ImportedEntry("item " + (out.size() + 1));
                        out.add(e);
                        item(items.get(i), where + ".items[" + i + "]", vaultName, e, f, zip);
                        ImportErrors.checkCanceled(progress, i + 1, items.size());
                    }
                }
            }
            return out;
        } catch (JsonProcessingException e) {
            ImportErrors.closeAll(out);
            throw f.syntax(e);
        } catch (ZipException e) {
            ImportErrors.closeAll(out);
            throw f.malformed("", "is not a 1PUX file (not a valid zip archive)");
        } catch (IOException e) {
            ImportErrors.closeAll(out);
            throw ImportErrors.unreadable(file, e);
        } catch (LatchkeyException | RuntimeException e) {
            ImportErrors.closeAll(out);
            throw e;
        }
    }

    private static void item(JsonNode item, String where, String vault, ImportedEntry e, JsonFields f, ZipFile zip)
            throws LatchkeyException, IOException {
        JsonNode overview = item.path("overview");
        JsonNode details = item.path("details");
        String category = JsonFields.text(item, "categoryUuid");
        e.title(JsonFields.text(overview, "title")).folder(vault).notes(JsonFields.text(details, "notesPlain"))
                .created(f.epochSeconds(item, "createdAt", where)).modified(f.epochSeconds(item, "updatedAt", where));
        e.url(JsonFields.text(overview, "url"));
        for (JsonNode url : f.array(overview, "urls", where + ".overview")) {
            e.url(JsonFields.text(url, "url"));
        }
        for (JsonNode tag : f.array(overview, "tags", where + ".overview")) {
            e.tag(tag.asText());
        }
        if ("archived".equals(JsonFields.text(item, "state"))) {
            e.tag("Archived");
        }
        boolean login = category.equals("001") || category.equals("005");
        if (!login) {
            e.kind(ImportedEntry.Kind.NOTE);
        }
        for (JsonNode field : f.array(details, "loginFields", where + ".details")) {
            String designation = JsonFields.text(field, "designation");
            String value = JsonFields.text(field, "value");
            if (designation.equals("username") && e.username().isEmpty()) {
                e.username(value);
            } else if (designation.equals("password") && e.password() == null) {
                e.password(value.toCharArray());
            } else if (!value.isEmpty()) {
                e.field(JsonFields.text(field, "name"), "P".equals(JsonFields.text(field, "fieldType")), value);
            }
        }
        if (!JsonFields.text(details, "password").isEmpty()) {
            if (login && e.password() == null) {
                e.password(JsonFields.text(details, "password").toCharArray());
            } else {
                e.field("Password", true, JsonFields.text(details, "password"));
            }
        }
        for (JsonNode section : f.array(details, "sections", where + ".details")) {
            for (JsonNode field : f.array(section, "fields", where + ".details.sections")) {
                sectionField(field, e);
            }
        }
        for (JsonNode old : f.array(details, "passwordHistory", where + ".details")) {
            String value = JsonFields.text(old, "value");
            if (!value.isEmpty()) {
                e.oldPassword(f.epochSeconds(old, "time", where + ".details.passwordHistory"),
                        Secret.fromChars(value.toCharArray()));
            }
        }
        JsonNode document = details.path("documentAttributes");
        if (!document.isMissingNode()) {
            String name = JsonFields.text(document, "fileName");
            ZipEntry content = zip.getEntry("files/" + JsonFields.text(document, "documentId") + "__" + name);
            if (content == null) {
                e.notKept("document \"" + name + "\" (missing from the export)");
            } else {
                try (InputStream in = zip.getInputStream(content)) {
                    e.attachment(name, Secret.wrap(in.readAllBytes()));
                }
            }
        }
    }

    /** A section field: its value is an object whose one key says the type (string, concealed, totp, email…). */
    private static void sectionField(JsonNode field, ImportedEntry e) {
        String title = JsonFields.text(field, "title");
        Iterator<Map.Entry<String, JsonNode>> value = field.path("value").fields();
        if (!value.hasNext()) {
            return;
        }
        Map.Entry<String, JsonNode> v = value.next();
        String type = v.getKey();
        JsonNode content = v.getValue();
        String text = switch (type) {
            case "email" -> JsonFields.text(content, "email_address");
            case "address" -> String.join(", ", List.of(JsonFields.text(content, "street"),
                    JsonFields.text(content, "city"), JsonFields.text(content, "zip"),
                    JsonFields.text(content, "country"))).replaceAll("(, )+", ", ").replaceAll("^, |, $", "");
            default -> content.isValueNode() ? content.asText() : content.toString();
        };
        if (text.isEmpty()) {
            return;
        }
        boolean otpTaken = e.fields().stream().anyMatch(p -> p.name().equals("otp") || p.name().equals("TOTP Seed"));
        if (type.equals("totp") && !otpTaken) {
            e.field(text.regionMatches(true, 0, "otpauth://", 0, 10) ? "otp" : "TOTP Seed", true, text);
        } else {
            e.field(title.isEmpty() ? type : title, type.equals("concealed") || type.equals("totp")
                    || type.equals("creditCardNumber"), text);
        }
    }
}
