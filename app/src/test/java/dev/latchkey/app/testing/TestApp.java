package dev.latchkey.app.testing;

import dev.latchkey.app.shell.CompositionRoot;
import dev.latchkey.app.hotkey.ShortcutSwitch;
import dev.latchkey.app.settings.GuiSettingsStore;
import dev.latchkey.app.toolkit.FileDialogs;
import dev.latchkey.app.toolkit.FxSystemClipboard;
import dev.latchkey.app.toolkit.SystemClipboard;
import dev.latchkey.app.toolkit.TaskExecutor;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.settings.LatchkeyHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The real Latchkey window for headless TestFX flows: the real composition root over a temp
 * home with the floor KDF, the system clipboard, and hand-moved time. Work that would run
 * in the background runs inline unless a test asks for threads, so a flow is deterministic.
 */
public final class TestApp {
    public final Path home;
    public final ManualTime time = new ManualTime();
    public final KeychainService service;
    public final SystemClipboard clipboard = new FxSystemClipboard();
    /** Auto-type as the window sees it: records what it would type instead of typing. */
    public final RecordingTypist typist = new RecordingTypist();
    /** The system-wide Quick Fill shortcut, pressed by the test; taken again when turned back on. */
    public final PressableShortcut shortcut = new PressableShortcut();
    public final ShortcutSwitch shortcutSwitch = new ShortcutSwitch(shortcut, shortcut::takenAgain);
    /** What the next file choosers answer, one list of files each (empty: cancelled). */
    public final Deque<List<Path>> filesToOpen = new ArrayDeque<>();
    /** The answers to the save dialogs, in turn; when empty, the user cancels. */
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    private final TaskExecutor executor;
    private CompositionRoot root;

    public TestApp() {
        this(TaskExecutor.INLINE);
    }

    /** With {@code executor} running the slow work (an inline one unless a test needs real threads). */
    public TestApp(TaskExecutor executor) {
        this.executor = executor;
        try {
            home = Files.createTempDirectory("latchkey-gui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, time);
    }

    public void start(Stage stage) {
        root = new CompositionRoot(service, executor, time, clipboard, time::nanoTime,
                new GuiSettingsStore(service.settings()).load(), false, Locale.ENGLISH, ZoneOffset.UTC, typist, shortcutSwitch,
                new FileDialogs() {
                    @Override
                    public List<Path> chooseToOpen(String title, List<FileChooser.ExtensionFilter> filters) {
                        return filesToOpen.isEmpty() ? List.of() : filesToOpen.poll();
                    }

                    @Override
                    public Optional<Path> chooseOneToOpen(String title, List<FileChooser.ExtensionFilter> filters) {
                        return chooseToOpen(title, filters).stream().findFirst();
                    }

                    @Override
                    public Optional<Path> chooseToSave(String title, String offered,
                            List<FileChooser.ExtensionFilter> filters) {
                        return Optional.ofNullable(filesToSave.poll());
                    }
                });
        root.start(stage);
    }

    public CompositionRoot root() {
        return root;
    }

    /** Closes every window and locks everything; call on the FX thread. */
    public void stop() {
        for (Window w : List.copyOf(Window.getWindows())) {
            w.hide();
        }
        if (root != null) {
            root.stop();
        }
    }

    /** Deletes the temp home once the flow is over. */
    public void deleteHome() {
        service.close();
        try (var files = Files.walk(home)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + home, e);
        }
    }
}
