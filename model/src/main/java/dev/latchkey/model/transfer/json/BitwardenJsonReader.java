package dev.latchkey.model.transfer.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.crypto.AuthenticationFailedException;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.WrongPassphraseException;
import dev.latchkey.crypto.bitwarden.BitwardenEncryptedExport;
import dev.latchkey.crypto.kdf.KdfPolicyException;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.entries.ImportErrors;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.ImportedEntry;
import dev.latchkey.model.transfer.entries.PasswordReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Bitwarden JSON export, unencrypted or "password protected" (decrypted in crypto's
 * {@link BitwardenEncryptedExport}). Logins and notes map directly; cards and identities become
 * secure notes whose details are fields. An account-key export cannot be opened outside
 * Bitwarden and is refused with a way out.
 */
public final class BitwardenJsonReader implements PasswordReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<ImportedEntry> read(ImportSource source, Progress progress) throws LatchkeyException {
        Path file = source.file();
        JsonFields fields = new JsonFields(file);
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw fields.syntax(e);
        } catch (IOException e) {
            throw ImportErrors.unreadable(file, e);
        }
        if (root == null || !root.isObject()) {
            throw ImportErrors.malformed(file, "", "is not a Bitwarden export (no JSON object)");
        }
        if (root.path("encrypted").asBoolean(false)) {
            root = decrypted(root, source, fields);
        }
        return entries(root, fields, progress);
    }

    private static JsonNode decrypted(JsonNode root, ImportSource source, JsonFields fields) throws LatchkeyException {
        Path file = source.file();
        if (!root.path("passwordProtected").asBoolean(false)) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, file.getFileName() + " is encrypted with the "
                    + "Bitwarden account key; export again choosing \"password protected\" or unencrypted JSON");
        }
        if (source.password() == null) {
            throw new LatchkeyException(Status.PASSPHRASE_REQUIRED, file.getFileName()
                    + " is a password-protected Bitwarden export: give its file password");
        }
        byte[] data = null;
        try (BitwardenEncryptedExport keys = BitwardenEncryptedExport.open(source.password(),
                JsonFields.text(root, "salt"), root.path("kdfType").asInt(-1), root.path("kdfIterations").asInt(0),
                root.path("kdfMemory").asInt(0), root.path("kdfParallelism").asInt(0),
                JsonFields.text(root, "encKeyValidation_DO_NOT_EDIT"))) {
            data = keys.decrypt(JsonFields.text(root, "data"));
            return JSON.readTree(data);
        } catch (WrongPassphraseException e) {
            throw new LatchkeyException(Status.WRONG_PASSPHRASE, "the password does not open " + file.getFileName());
        } catch (AuthenticationFailedException e) {
            throw ImportErrors.malformed(file, "field data", "failed its integrity check (the file was changed)");
        } catch (DecodeException | KdfPolicyException e) {
            throw ImportErrors.malformed(file, "", e.getMessage());
        } catch (JsonProcessingException e) {
            throw fields.syntax(e);
        } catch (IOException e) {
            throw ImportErrors.unreadable(file, e);
        } finally {
            Wipe.bytes(data);
        }
    }

    private static List<ImportedEntry> entries(JsonNode root, JsonFields f, Progress progress) throws LatchkeyException {
        Map<String, String> folders = new HashMap<>();
        for (JsonNode folder : f.array(root, "folders", "")) {
            folders.put(JsonFields.text(folder, "id"), JsonFields.text(folder, "name"));
        }
        for (JsonNode collection : f.array(root, "collections", "")) {
            folders.putIfAbsent(JsonFields.text(collection, "id"), JsonFields.text(collection, "name"));
        }
        JsonNode items = f.array(root, "items", "");
        List<ImportedEntry> out = new ArrayList<>();
        try {
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                String where = "items[" + i + "]";
                ImportedEntry e = new ImportedEntry("item " + (i + 1));
                out.add(e);
                item(item, where, e, f, folders);
                ImportErrors.checkCanceled(progress, i + 1, items.size());
            }
            return out;
        } catch (LatchkeyException | RuntimeException e) {
            ImportErrors.closeAll(out);
            throw e;
        }
    }

    private static void item(JsonNode item, String where, ImportedEntry e, JsonFields f, Map<String, String> folders)
            throws LatchkeyException {
        e.title(JsonFields.text(item, "name")).notes(JsonFields.text(item, "notes"))
                .created(f.isoTime(item, "creationDate", where)).modified(f.isoTime(item, "revisionDate", where));
        String folder = folders.get(JsonFields.text(item, "folderId"));
        if (folder == null && item.path("collectionIds").isArray() && !item.path("collectionIds").isEmpty()) {
            folder = folders.get(item.path("collectionIds").get(0).asText());
        }
        e.folder(folder);
        if (item.path("favorite").asBoolean(false)) {
            e.tag("Favorite");
        }
        int type = item.path("type").asInt(0);
        switch (type) {
            case 1 -> {
                JsonNode login = item.path("login");
                e.username(JsonFields.text(login, "username"));
                e.password(JsonFields.text(login, "password").toCharArray());
                e.field("otp", true, JsonFields.text(login, "totp"));
                for (JsonNode uri : f.array(login, "uris", where + ".login")) {
                    e.url(JsonFields.text(uri, "uri"));
                }
                if (!f.array(login, "fido2Credentials", where + ".login").isEmpty()) {
                    e.notKept("passkey");
                }
            }
            case 2 -> e.kind(ImportedEntry.Kind.NOTE);
            case 3 -> details(e, item.path("card"), true);
            case 4 -> details(e, item.path("identity"), false);
            case 5 -> {
                e.kind(ImportedEntry.Kind.NOTE);
                JsonNode key = item.path("sshKey");
                e.field("Private key", true, JsonFields.text(key, "privateKey"))
                        .field("Public key", false, JsonFields.text(key, "publicKey"))
                        .field("Fingerprint", false, JsonFields.text(key, "keyFingerprint"));
            }
            default -> throw f.malformed("field " + where + ".type",
                    "item type " + type + " is not one Bitwarden exports (1 login, 2 note, 3 card, 4 identity, 5 SSH key)");
        }
        for (JsonNode field : f.array(item, "fields", where)) {
            int fieldType = field.path("type").asInt(0);
            if (fieldType == 3) {
                e.notKept("linked field \"" + JsonFields.text(field, "name") + "\"");
            } else {
                e.field(JsonFields.text(field, "name"), fieldType == 1, JsonFields.text(field, "value"));
            }
        }
        for (JsonNode old : f.array(item, "passwordHistory", where)) {
            String password = JsonFields.text(old, "password");
            if (!password.isEmpty()) {
                char[] chars = password.toCharArray();
                e.oldPassword(f.isoTime(old, "lastUsedDate", where + ".passwordHistory"),
                        dev.latchkey.crypto.secret.Secret.fromChars(chars));
                Wipe.chars(chars);
            }
        }
        if (!f.array(item, "attachments", where).isEmpty()) {
            e.notKept("attachments (Bitwarden's export does not contain them)");
        }
    }

    /** A card or an identity: a secure note, each detail a field (card number and code hidden). */
    private static void details(ImportedEntry e, JsonNode details, boolean card) {
        e.kind(ImportedEntry.Kind.NOTE);
        details.fields().forEachRemaining(d -> {
            String name = d.getKey();
            boolean hidden = card && (name.equals("number") || name.equals("code"))
                    || !card && (name.equals("ssn") || name.equals("passportNumber") || name.equals("licenseNumber"));
            e.field(label(name), hidden, d.getValue().isNull() ? "" : d.getValue().asText());
        });
        if (e.notes().isEmpty()) {
            e.notes(card ? "Card" : "Identity");
        }
    }

    /** "cardholderName" → "Cardholder name". */
    private static String label(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
