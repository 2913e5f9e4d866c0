package dev.latchkey.model.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * {@code settings.json}: a JSON object shared by the GUI and the CLI. Updates hold an exclusive
 * lock on a side file and replace the file atomically, so concurrent processes never see a
 * half-written file or lose each other's keys. Holds no secrets.
 */
public final class SettingsStore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The current settings; an empty object when there are none yet. */
    public ObjectNode read() throws LatchkeyException {
        if (!Files.exists(file)) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node instanceof ObjectNode o) {
                return o;
            }
            throw new LatchkeyException(Status.DECODE, "settings file " + file + " is not a JSON object");
        } catch (JsonProcessingException e) {
            throw new LatchkeyException(Status.DECODE, "settings file " + file + " is not valid JSON", e);
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot read settings file " + file, e);
        }
    }

    /** Reads, changes and writes the settings under a lock. */
    public void update(Consumer<ObjectNode> change) throws LatchkeyException {
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                ObjectNode settings = read();
                change.accept(settings);
                Path temp = file.resolveSibling(file.getFileName() + ".tmp");
                JSON.writeValue(temp.toFile(), settings);
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot write settings file " + file, e);
        }
    }
}
