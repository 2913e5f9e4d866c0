package dev.latchkey.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.settings.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuiSettingsStoreTest {
    @TempDir
    Path home;

    @Test
    void roundTripsUnderGuiAndLeavesTheRestOfTheFileAlone() throws LatchkeyException {
        SettingsStore file = new SettingsStore(home.resolve("settings.json"));
        file.update(s -> s.put("defaultKeychain", "work"));
        GuiSettingsStore store = new GuiSettingsStore(file);
        assertThat(store.load()).isEqualTo(GuiSettings.DEFAULT);
        GuiSettings saved = GuiSettings.DEFAULT.withTheme(Theme.DARK).withClipboardClearSeconds(45).withLayout(
                new GuiSettings.WindowBounds(10, 20, 1000, 700, false),
                List.of(new GuiSettings.ColumnLayout("NAME", 320, true), new GuiSettings.ColumnLayout("KIND", 150, false)),
                List.of(new GuiSettings.SortSetting("MODIFIED", false))).withQuickFillEverywhere(false);
        store.save(saved);
        assertThat(store.load()).isEqualTo(saved);
        assertThat(file.read().get("defaultKeychain").asText()).isEqualTo("work");
        assertThat(file.read().get("gui").get("theme").asText()).isEqualTo("DARK");
    }

    @Test
    void unreadableOrOutOfRangeValuesFallBackToSafeOnes() throws IOException, LatchkeyException {
        Path json = home.resolve("settings.json");
        Files.writeString(json, "{\"gui\": {\"theme\": \"NEON\", \"clipboardClearSeconds\": 99999, \"extra\": 1}}");
        GuiSettings s = new GuiSettingsStore(new SettingsStore(json)).load();
        assertThat(s.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(s.clipboardClearSeconds()).isEqualTo(GuiSettings.MAX_CLIPBOARD_SECONDS);
        assertThat(s.quickFillEverywhere()).as("written before the setting existed: the shortcut stays on").isTrue();
        Files.writeString(json, "{\"gui\": {\"columns\": \"not a list\"}}");
        assertThat(new GuiSettingsStore(new SettingsStore(json)).load()).isEqualTo(GuiSettings.DEFAULT);
        Files.writeString(json, "not json at all");
        assertThat(new GuiSettingsStore(new SettingsStore(json)).load()).isEqualTo(GuiSettings.DEFAULT);
    }
}
