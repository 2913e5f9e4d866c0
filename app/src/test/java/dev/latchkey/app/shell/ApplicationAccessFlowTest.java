package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.secretservice.PrivateSessionBus;
import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.applications.ApplicationAccess;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An application no one here wrote (secret-tool) asks the window's Secret Service for a
 * password made in Latchkey: the window asks the person, "Always Allow" lets it through and
 * lists it in the item's Access Control tab, and Remove takes it back.
 */
@ExtendWith(ApplicationExtension.class)
class ApplicationAccessFlowTest {
    /**
     * Real threads: requests arrive on D-Bus's threads, and the window hears of their changes
     * there; as in the app, its outcome goes to the FX thread.
     */
    private final TestApp app = new TestApp(new dev.latchkey.app.toolkit.FxTaskExecutor());
    private PrivateSessionBus bus;
    private Keychain login;
    private UUID mail;

    @Start
    void start(Stage stage) throws Exception {
        login = app.service.unlock(app.service.create("login", TestKeychains.password()), TestKeychains.password());
        try (var s = dev.latchkey.crypto.secret.Secret.copyOf("made in Latchkey".getBytes(StandardCharsets.UTF_8))) {
            mail = login.add(ItemClass.GENERIC_PASSWORD, ItemAttributes.builder().set(Attribute.SERVICE, "mail")
                    .set(Attribute.ACCOUNT, "alice").set(Attribute.LABEL, "Mail").build(), s);
        }
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
        if (bus != null) {
            bus.close();
        }
        app.deleteHome();
    }

    @Test
    void alwaysAllowLetsTheApplicationInAndAccessControlTakesItBack(FxRobot robot) throws Exception {
        PrivateSessionBus.assumeSecretTool();
        bus = PrivateSessionBus.start();
        robot.interact(() -> app.root().serveSecretService(bus.address()));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.root().serviceFacts().get(1).contains("serves"));
        CompletableFuture<PrivateSessionBus.Run> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return bus.secretTool("", "lookup", "service", "mail", "username", "alice");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // Present is not enough: the window may still be on its way to the screen.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#alwaysAllow").match(NodeMatchers.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("“secret-tool” wants to use “Mail” from your keychain “login”.").tryQuery())
                .isPresent();
        robot.clickOn("#alwaysAllow");
        PrivateSessionBus.Run run = lookup.get(20, TimeUnit.SECONDS);
        assertThat(run.out()).as(run.err()).isEqualTo("made in Latchkey");
        List<String> trusted = ApplicationAccess.trusted(login.get(mail).orElseThrow());
        assertThat(trusted).hasSize(1).allMatch(a -> a.endsWith("/secret-tool"));
        // Asked once: the next lookup goes through without a window.
        assertThat(bus.secretTool("", "lookup", "service", "mail").out()).isEqualTo("made in Latchkey");

        robot.doubleClickOn(FirstRunFlowTest.cell(robot, "Mail"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Access Control");
        @SuppressWarnings("unchecked")
        ListView<String> list = robot.lookup("#applicationList").queryAs(ListView.class);
        assertThat(list.getItems()).isEqualTo(trusted);
        robot.clickOn(trusted.get(0));
        robot.clickOn("#removeApplication");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).isEmpty();
        assertThat(ApplicationAccess.trusted(login.get(mail).orElseThrow())).isEmpty();
        robot.interact(() -> robot.lookup("#applicationList").query().getScene().getWindow().hide());

        // What an application stores shows in the window's list of items.
        assertThat(bus.secretTool("ghp_token", "store", "--label=GitHub token", "service", "github", "username",
                "octo").code()).isZero();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("GitHub token").tryQuery().isPresent());
    }
}
