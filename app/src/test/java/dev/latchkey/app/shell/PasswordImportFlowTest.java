package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File &gt; Import Passwords… through the window: a Bitwarden CSV is chosen, previewed with its
 * duplicate marked, imported with "Keep both", and the summary says what happened.
 */
@ExtendWith(ApplicationExtension.class)
class PasswordImportFlowTest {
    private final TestApp app = new TestApp();
    private Keychain login;
    private Path csv;

    @Start
    void start(Stage stage) throws Exception {
        login = app.service.unlock(app.service.create("login", TestKeychains.password()), TestKeychains.password());
        TestKeychains.addGeneric(login, "Mail", "bob", "old");
        Path folder = Files.createDirectories(app.home.resolve("files"));
        csv = Files.writeString(folder.resolve("bitwarden_export.csv"),
                "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
                        + "Shops,,login,\"Example, Inc.\",\"two\nlines\",,0,https://example.com/login,alice,\"pa,ss\",\n"
                        + ",,login,Mail,,,0,,bob,new,\n"
                        + ",,note,Wi-Fi,SSID home,,0,,,,\n", StandardCharsets.UTF_8);
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
        app.deleteHome();
    }

    @Test
    void chooseFilePreviewImportAndSummary(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("File").clickOn("Import Passwords…");
        WaitForAsyncUtils.waitForFxEvents();
        app.filesToOpen.add(List.of(csv));
        robot.clickOn("Browse…");
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#previewTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(robot.lookup("#previewSummary").queryAs(Label.class).getText())
                .startsWith("3 items to create; 1 already in the keychain");
        assertThat(robot.lookup("In keychain").tryQuery()).as("the duplicate is marked").isPresent();

        robot.clickOn("#keepBothButton");
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText())
                .isEqualTo("Imported 3 items (1 kept under a new name).");
        assertThat(login.items()).extracting(Item::displayName)
                .containsExactlyInAnyOrder("Mail", "Mail (2)", "Example, Inc.", "Wi-Fi");
        Item web = login.items().stream().filter(i -> i.displayName().equals("Example, Inc.")).findFirst().orElseThrow();
        try (Secret s = login.readSecret(web.id())) {
            assertThat(TestKeychains.text(s)).isEqualTo("pa,ss");
        }
        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#previewTable").tryQuery()).as("the wizard closed").isEmpty();
    }
}
