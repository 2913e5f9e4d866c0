package dev.latchkey.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.settings.SettingsStore;

/**
 * Reads and writes {@link GuiSettings} as the "gui" object of {@code settings.json}, leaving
 * the rest of the file (shared with the CLI) alone. Call off the UI thread.
 */
public final class GuiSettingsStore {
    private static final System.Logger LOG = System.getLogger(GuiSettingsStore.class.getName());
    private static final String KEY = "gui";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, true);

    private final SettingsStore store;

    public GuiSettingsStore(SettingsStore store) {
        this.store = store;
    }

    /** The saved settings; defaults when there are none or they cannot be read. */
    public GuiSettings load() {
        try {
            JsonNode node = store.read().get(KEY);
            return node == null || !node.isObject() ? GuiSettings.DEFAULT : JSON.treeToValue(node, GuiSettings.class);
        } catch (LatchkeyException | com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring unreadable window settings: " + e.getMessage());
            return GuiSettings.DEFAULT;
        }
    }

    public void save(GuiSettings settings) throws LatchkeyException {
        store.update(root -> root.set(KEY, JSON.valueToTree(settings)));
    }
}
