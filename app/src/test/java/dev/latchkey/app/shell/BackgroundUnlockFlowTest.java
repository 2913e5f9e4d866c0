package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.app.toolkit.FxTaskExecutor;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.LockState;
import dev.latchkey.model.keychain.NewItem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With real worker threads: unlocking (key derivation, decrypting every item) runs off the
 * JavaFX thread while the prompt shows its progress, and the table fills in afterwards.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundUnlockFlowTest {
    private static final int ITEMS = 2_000;
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final TestApp app = new TestApp(executor);
    private final List<String> unlockThreads = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        KeychainRef ref = app.service.create("login", TestKeychains.password());
        try (Keychain k = app.service.unlock(ref, TestKeychains.password())) {
            List<NewItem> items = new ArrayList<>();
            for (int i = 0; i < ITEMS; i++) {
                items.add(new NewItem(ItemClass.GENERIC_PASSWORD, ItemAttributes.builder()
                        .set(Attribute.SERVICE, "service " + i).set(Attribute.ACCOUNT, "user" + i).build(),
                        TestKeychains.secret("pw" + i)));
            }
            k.addAll(items);
        }
        app.service.addLockListener((r, state) -> {
            if (state == LockState.UNLOCKING) {
                unlockThreads.add(Thread.currentThread().getName() + (Platform.isFxApplicationThread() ? " (FX)" : ""));
            }
        });
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
        app.deleteHome();
        executor.close();
    }

    @Test
    void unlocksOffTheUiThreadShowingProgress(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#submitButton").tryQuery().isPresent());
        Node progress = robot.lookup("#progressBox").query();
        List<Boolean> progressShown = new CopyOnWriteArrayList<>();
        robot.interact(() -> progress.visibleProperty().addListener((o, old, now) -> progressShown.add(now)));
        robot.clickOn("#passwordField").write(TestKeychains.PASSWORD).type(KeyCode.ENTER);

        @SuppressWarnings("unchecked")
        TableView<ItemRow> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == ITEMS);
        assertThat(unlockThreads).hasSize(1).allMatch(name -> name.startsWith("latchkey-worker-"));
        assertThat(progressShown).startsWith(true);
        assertThat(robot.lookup("#submitButton").tryQuery()).as("the prompt closed").isEmpty();
        assertThat(table.getItems().get(0).name()).isEqualTo("service 0");
    }
}
