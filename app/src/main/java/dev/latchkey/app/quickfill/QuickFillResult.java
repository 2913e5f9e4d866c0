package dev.latchkey.app.quickfill;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;

/**
 * One credential Quick Fill offers: the item and its keychain, and for a URL search how it
 * matched ({@code insecure}: an https credential offered for an http address).
 */
public record QuickFillResult(Keychain keychain, Item item, String where, boolean insecure) {
    public String name() {
        return item.displayName();
    }

    public String account() {
        return item.attributes().text(Attribute.ACCOUNT);
    }

    public boolean hasPassword() {
        return item.itemClass().isPassword();
    }

    public boolean hasCode() {
        return item.attributes().has(Attribute.OTP);
    }
}
