package dev.latchkey.app.mainwindow;

import dev.latchkey.app.autofill.AutofillActions;
import dev.latchkey.app.codes.CodesView;
import dev.latchkey.app.certassistant.AssistantTask;
import dev.latchkey.app.items.ItemTableView;
import dev.latchkey.app.settings.Theme;
import dev.latchkey.app.tools.ToolWindows;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.ViewLoader;
import dev.latchkey.model.item.ItemClass;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.MenuButton;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's code-behind: menus, toolbar, search field and status bar. */
public final class MainView {
    private final MainViewModel viewModel;
    private final ViewLoader loader;
    private final KeychainsView sidebar;
    private final ItemTableView tableView;
    private final CodesView codesView;
    private final AutofillActions autofill;
    private final ToolWindows tools;
    private final Messages messages;
    private static final javafx.scene.input.KeyCombination QUICK_FILL = new javafx.scene.input.KeyCodeCombination(
            KeyCode.SPACE, javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN);
    @FXML
    private MenuItem getInfoItem;
    @FXML
    private MenuItem importItem;
    @FXML
    private MenuItem exportItem;
    @FXML
    private MenuItem importPasswordsItem;
    @FXML
    private MenuItem exportPasswordsItem;
    @FXML
    private Menu certificatesMenu;
    @FXML
    private MenuItem evaluateItem;
    @FXML
    private SplitPane split;
    @FXML
    private MenuItem copyPasswordItem;
    @FXML
    private MenuItem copyAccountItem;
    @FXML
    private MenuItem deleteItem;
    @FXML
    private MenuItem newInternetItem;
    @FXML
    private MenuItem newApplicationItem;
    @FXML
    private MenuItem newNoteItem;
    @FXML
    private MenuItem newCodeItem;
    @FXML
    private MenuItem copyCodeItem;
    @FXML
    private MenuItem autoTypeItem;
    @FXML
    private MenuItem recommendationsItem;
    @FXML
    private RadioMenuItem themeSystem;
    @FXML
    private CheckMenuItem quickFillEverywhere;
    @FXML
    private RadioMenuItem themeLight;
    @FXML
    private RadioMenuItem themeDark;
    @FXML
    private MenuItem deleteKeychainItem;
    @FXML
    private MenuItem unlockItem;
    @FXML
    private MenuItem lockItem;
    @FXML
    private MenuItem makeDefaultItem;
    @FXML
    private MenuItem changePasswordItem;
    @FXML
    private MenuItem settingsItem;
    @FXML
    private Button lockButton;
    @FXML
    private FontIcon lockIcon;
    @FXML
    private Tooltip lockTooltip;
    @FXML
    private MenuButton newItemButton;
    @FXML
    private Button infoButton;
    @FXML
    private Button copyButton;
    @FXML
    private CustomTextField searchField;
    @FXML
    private StackPane sidebarHost;
    @FXML
    private StackPane tableHost;
    @FXML
    private Label itemCount;
    @FXML
    private Label notice;
    @FXML
    private Label clipboardStatus;
    @FXML
    private Label lockStatus;
    @FXML
    private FontIcon lockStatusIcon;

    public MainView(MainViewModel viewModel, ViewLoader loader, KeychainsView sidebar, ItemTableView tableView,
            CodesView codesView, AutofillActions autofill, ToolWindows tools, Messages messages) {
        this.viewModel = viewModel;
        this.loader = loader;
        this.sidebar = sidebar;
        this.tableView = tableView;
        this.codesView = codesView;
        this.autofill = autofill;
        this.tools = tools;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        sidebarHost.getChildren().add(loader.load(sidebar));
        tableHost.getChildren().add(loader.load(tableView));
        // The Verification Codes category shows live codes over the table.
        javafx.scene.layout.Region codes = (javafx.scene.layout.Region) loader.load(codesView);
        codesView.bindVisibility(codes);
        tableHost.getChildren().add(codes);
        newCodeItem.disableProperty().bind(autofill.keychainShownBinding().not());
        recommendationsItem.disableProperty().bind(autofill.keychainShownBinding().not());
        copyCodeItem.disableProperty().bind(autofill.canCopyCodeBinding().not());
        autoTypeItem.disableProperty().bind(autofill.canAutoTypeBinding().not());
        // Quick Fill's shortcut even from the table, whose Ctrl+Space would take it first.
        tableHost.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                    if (QUICK_FILL.match(e)) {
                        e.consume();
                        quickFill();
                    }
                });
            }
        });
        var unlocked = viewModel.selectedUnlockedProperty();
        var noKeychain = viewModel.keychains().selectedProperty().isNull();
        for (MenuItem m : new MenuItem[] {newInternetItem, newApplicationItem, newNoteItem, settingsItem}) {
            m.disableProperty().bind(unlocked.not());
        }
        newItemButton.disableProperty().bind(unlocked.not());
        getInfoItem.disableProperty().bind(viewModel.hasFocusedItem().not());
        infoButton.disableProperty().bind(viewModel.hasFocusedItem().not());
        copyPasswordItem.disableProperty().bind(viewModel.canCopyPassword().not());
        copyButton.disableProperty().bind(viewModel.canCopyPassword().not());
        copyAccountItem.disableProperty().bind(viewModel.canCopyAccount().not());
        deleteItem.disableProperty().bind(Bindings.isEmpty(viewModel.table().selection()));
        for (MenuItem m : new MenuItem[] {deleteKeychainItem, makeDefaultItem, changePasswordItem}) {
            m.disableProperty().bind(noKeychain);
        }
        unlockItem.disableProperty().bind(noKeychain.or(unlocked));
        lockItem.disableProperty().bind(unlocked.not());
        lockButton.disableProperty().bind(noKeychain.or(viewModel.systemRootsShownProperty()));
        bindCertificates(unlocked);
        unlocked.addListener((o, old, now) -> showLockButton(now));
        showLockButton(unlocked.get());

        FontIcon magnify = new FontIcon("mdi2m-magnify");
        searchField.setLeft(magnify);
        searchField.textProperty().bindBidirectional(viewModel.table().searchTextProperty());
        searchField.disableProperty().bind(unlocked.not().and(viewModel.systemRootsShownProperty().not()));
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
            } else if (e.getCode() == KeyCode.DOWN) {
                tableView.table().requestFocus();
                if (tableView.table().getSelectionModel().isEmpty()) {
                    tableView.table().getSelectionModel().selectFirst();
                }
            }
        });

        itemCount.textProperty().bind(viewModel.itemCountBinding());
        notice.textProperty().bind(viewModel.noticeProperty());
        clipboardStatus.textProperty().bind(viewModel.clipboardStatusBinding());
        clipboardStatus.visibleProperty().bind(viewModel.clipboardStatusBinding().isNotEmpty());
        lockStatus.textProperty().bind(viewModel.lockStatusProperty());
        showTheme(viewModel.theme());
        quickFillEverywhere.setSelected(viewModel.quickFillEverywhere());
    }

    /** File > Import/Export, the Certificates menu, and files dropped on the window. */
    private void bindCertificates(javafx.beans.value.ObservableBooleanValue unlocked) {
        importItem.disableProperty().bind(Bindings.not(unlocked));
        exportItem.disableProperty().bind(viewModel.canExport().not());
        importPasswordsItem.disableProperty().bind(Bindings.not(unlocked));
        exportPasswordsItem.disableProperty().bind(Bindings.not(unlocked));
        evaluateItem.disableProperty().bind(viewModel.canEvaluate().not());
        for (MenuItem m : certificatesMenu.getItems()) {
            if (m != evaluateItem && !(m instanceof javafx.scene.control.SeparatorMenuItem)) {
                m.disableProperty().bind(Bindings.not(unlocked));
            }
        }
        split.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && unlocked.get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        split.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                viewModel.importFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    private void showLockButton(boolean unlocked) {
        lockIcon.setIconLiteral(unlocked ? "mdi2l-lock-open-variant-outline" : "mdi2l-lock-outline");
        lockStatusIcon.setIconLiteral(unlocked ? "mdi2l-lock-open-variant-outline" : "mdi2l-lock-outline");
        String text = messages.get(unlocked ? "toolbar.lock" : "toolbar.unlock");
        lockTooltip.setText(text);
        lockButton.setAccessibleText(text);
    }

    private void showTheme(Theme theme) {
        themeSystem.setSelected(theme == Theme.SYSTEM);
        themeLight.setSelected(theme == Theme.LIGHT);
        themeDark.setSelected(theme == Theme.DARK);
    }

    public ItemTableView tableView() {
        return tableView;
    }

    // ---- actions: forwarded to the view model --------------------------------------------------

    @FXML
    private void newInternetPassword() {
        viewModel.newItem(ItemClass.INTERNET_PASSWORD);
    }

    @FXML
    private void newApplicationPassword() {
        viewModel.newItem(ItemClass.GENERIC_PASSWORD);
    }

    @FXML
    private void newSecureNote() {
        viewModel.newItem(ItemClass.SECURE_NOTE);
    }

    @FXML
    private void newVerificationCode() {
        autofill.addCode();
    }

    @FXML
    private void copyCode() {
        autofill.copyCode();
    }

    @FXML
    private void autoType() {
        autofill.autoType();
    }

    @FXML
    private void quickFill() {
        autofill.quickFill();
    }

    @FXML
    private void securityRecommendations() {
        autofill.securityRecommendations();
    }

    @FXML
    private void getInfo() {
        viewModel.getInfo();
    }

    @FXML
    private void importItems() {
        viewModel.importChosenFiles();
    }

    @FXML
    private void exportItems() {
        viewModel.exportSelected();
    }

    @FXML
    private void importPasswords() {
        viewModel.importPasswords();
    }

    @FXML
    private void exportPasswords() {
        viewModel.exportPasswords();
    }

    @FXML
    private void openAsn1File() {
        tools.openAsn1File();
    }

    @FXML
    private void verifySignature() {
        tools.verifySignature();
    }

    @FXML
    private void certificateAssistant() {
        viewModel.certificateAssistant(null);
    }

    @FXML
    private void createKeyPair() {
        viewModel.certificateAssistant(AssistantTask.KEY_PAIR);
    }

    @FXML
    private void createSelfSigned() {
        viewModel.certificateAssistant(AssistantTask.SELF_SIGNED);
    }

    @FXML
    private void createAuthority() {
        viewModel.certificateAssistant(AssistantTask.CERTIFICATE_AUTHORITY);
    }

    @FXML
    private void issueCertificate() {
        viewModel.certificateAssistant(AssistantTask.ISSUE);
    }

    @FXML
    private void createRequest() {
        viewModel.certificateAssistant(AssistantTask.REQUEST);
    }

    @FXML
    private void signRequest() {
        viewModel.certificateAssistant(AssistantTask.SIGN_REQUEST);
    }

    @FXML
    private void evaluate() {
        viewModel.evaluate();
    }

    @FXML
    private void copyPassword() {
        viewModel.copyPassword();
    }

    @FXML
    private void copyAccount() {
        viewModel.copyAccount();
    }

    @FXML
    private void delete() {
        viewModel.deleteSelected();
    }

    @FXML
    private void find() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void themeSystem() {
        viewModel.setTheme(Theme.SYSTEM);
    }

    @FXML
    private void themeLight() {
        viewModel.setTheme(Theme.LIGHT);
    }

    @FXML
    private void toggleQuickFillEverywhere() {
        viewModel.setQuickFillEverywhere(quickFillEverywhere.isSelected());
    }

    @FXML
    private void themeDark() {
        viewModel.setTheme(Theme.DARK);
    }

    @FXML
    private void toggleLock() {
        viewModel.toggleLockSelected();
    }

    @FXML
    private void unlock() {
        viewModel.toggleLockSelected();
    }

    @FXML
    private void lock() {
        viewModel.lockSelected();
    }

    @FXML
    private void lockAll() {
        viewModel.lockAll();
    }

    @FXML
    private void newKeychain() {
        viewModel.newKeychain();
    }

    @FXML
    private void deleteKeychain() {
        viewModel.deleteKeychain();
    }

    @FXML
    private void makeDefault() {
        viewModel.makeDefault();
    }

    @FXML
    private void changePassword() {
        viewModel.changePassword();
    }

    @FXML
    private void keychainSettings() {
        viewModel.keychainSettings();
    }
}
