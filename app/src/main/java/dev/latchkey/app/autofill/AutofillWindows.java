package dev.latchkey.app.autofill;

import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** The windows of the one-time code and AutoFill features, behind an interface for view-model tests. */
public interface AutofillWindows {
    /**
     * Add Code for the keychain; {@code attachTo} is offered first (and chosen, with
     * {@code attachNow}); {@code added} gets the stored items' ids.
     */
    void addCode(Keychain keychain, Item attachTo, boolean attachNow, Consumer<List<UUID>> added);

    /** Quick Fill (one window, brought back each time). */
    void quickFill();

    /** Security Recommendations for the keychain (one window per keychain). */
    void securityRecommendations(Keychain keychain);
}
