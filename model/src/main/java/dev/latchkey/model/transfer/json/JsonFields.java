package dev.latchkey.model.transfer.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.transfer.entries.ImportErrors;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reading a JSON export's fields with one-line errors that name the place ("items[3].login.uris"). */
final class JsonFields {
    private final Path file;

    JsonFields(Path file) {
        this.file = file;
    }

    /** The text of a field, "" when it is absent or null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    JsonNode array(JsonNode node, String field, String where) throws LatchkeyException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        if (!v.isArray()) {
            throw ImportErrors.malformed(file, "field " + where + "." + field, "is not a list");
        }
        return v;
    }

    Instant isoTime(JsonNode node, String field, String where) throws LatchkeyException {
        String t = text(node, field).strip();
        try {
            return t.isEmpty() ? null : Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw ImportErrors.malformed(file, "field " + where + "." + field, "\"" + t + "\" is not a date and time");
        }
    }

    Instant epochSeconds(JsonNode node, String field, String where) throws LatchkeyException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToLong()) {
            throw ImportErrors.malformed(file, "field " + where + "." + field, "is not a time in seconds");
        }
        return Instant.ofEpochSecond(v.asLong());
    }

    LatchkeyException malformed(String where, String problem) {
        return ImportErrors.malformed(file, where, problem);
    }

    LatchkeyException syntax(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return ImportErrors.malformed(file, where, "is not valid JSON (" + e.getOriginalMessage() + ")");
    }
}
