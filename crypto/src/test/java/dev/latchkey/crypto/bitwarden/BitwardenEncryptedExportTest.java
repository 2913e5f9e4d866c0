package dev.latchkey.crypto.bitwarden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.crypto.AuthenticationFailedException;
import dev.latchkey.crypto.Corpus;
import dev.latchkey.crypto.WrongPassphraseException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** KeePassXC's encrypted Bitwarden exports (password "a"): PBKDF2 and Argon2id. */
class BitwardenEncryptedExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"bitwarden_encrypted_export.json", "bitwarden_encrypted_argon2id_export.json"})
    void opensTheCorpusExportsAndReadsTheirItems(String name) throws Exception {
        JsonNode file = JSON.readTree(Corpus.require("keepassxc/" + name).toFile());
        try (BitwardenEncryptedExport keys = open(file, "a")) {
            byte[] data = keys.decrypt(file.get("data").asText());
            JsonNode inner = JSON.readTree(new String(data, StandardCharsets.UTF_8));
            assertThat(inner.get("encrypted").asBoolean()).isFalse();
            assertThat(inner.get("items").size()).isGreaterThan(0);
            assertThat(inner.get("items").findValuesAsText("name")).contains("KeePassXC");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bitwarden_encrypted_export.json", "bitwarden_encrypted_argon2id_export.json"})
    void refusesAWrongPassword(String name) throws Exception {
        JsonNode file = JSON.readTree(Corpus.require("keepassxc/" + name).toFile());
        assertThatThrownBy(() -> open(file, "b")).isInstanceOf(WrongPassphraseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bitwarden_encrypted_export.json"})
    void refusesAChangedCiphertext(String name) throws Exception {
        JsonNode file = JSON.readTree(Corpus.require("keepassxc/" + name).toFile());
        String data = file.get("data").asText();
        int bar = data.indexOf('|');
        char c = data.charAt(bar + 5);
        String changed = data.substring(0, bar + 5) + (c == 'A' ? 'B' : 'A') + data.substring(bar + 6);
        try (BitwardenEncryptedExport keys = open(file, "a")) {
            assertThatThrownBy(() -> keys.decrypt(changed)).isInstanceOf(AuthenticationFailedException.class);
        }
    }

    private static BitwardenEncryptedExport open(JsonNode file, String password) throws Exception {
        return BitwardenEncryptedExport.open(password.toCharArray(), file.get("salt").asText(),
                file.get("kdfType").asInt(), file.get("kdfIterations").asInt(), file.path("kdfMemory").asInt(0),
                file.path("kdfParallelism").asInt(0), file.get("encKeyValidation_DO_NOT_EDIT").asText());
    }
}
