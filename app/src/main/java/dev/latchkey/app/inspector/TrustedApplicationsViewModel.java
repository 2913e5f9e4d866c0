package dev.latchkey.app.inspector;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.model.applications.ApplicationAccess;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Access Control tab's list of applications that may use the item without asking (given
 * by "Always Allow" when an application asked), and taking one back.
 */
public final class TrustedApplicationsViewModel {
    private final Keychain keychain;
    private final TaskRunner runner;
    private final ErrorPresenter errors;
    private final ObservableList<String> applications = FXCollections.observableArrayList();
    private final ObjectProperty<String> selected = new SimpleObjectProperty<>();
    private final BooleanBinding canRemove = Bindings.isNotNull(selected);
    private UUID item;

    TrustedApplicationsViewModel(Keychain keychain, TaskRunner runner, ErrorPresenter errors) {
        this.keychain = keychain;
        this.runner = runner;
        this.errors = errors;
    }

    /** Shows the item's list as stored. */
    void show(Item shown) {
        item = shown.id();
        applications.setAll(ApplicationAccess.trusted(shown));
    }

    public ObservableList<String> applications() {
        return applications;
    }

    public ObjectProperty<String> selectedProperty() {
        return selected;
    }

    public BooleanBinding canRemoveProperty() {
        return canRemove;
    }

    /** The selected application must ask again. */
    public void removeSelected() {
        String application = selected.get();
        if (application == null) {
            return;
        }
        UUID id = item;
        runner.run(() -> ApplicationAccess.revoke(keychain, id, application)).onSuccess(this::show)
                .onFailure(errors::present).start();
    }
}
