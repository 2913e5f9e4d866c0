package dev.latchkey.app.items;

import dev.latchkey.model.item.ItemClass;

/** The icon (Ikonli Material Design 2 literal) for each kind of item. */
public final class KindIcons {
    private KindIcons() {
    }

    public static String of(ItemClass itemClass) {
        if (itemClass == null) {
            return "mdi2k-key-chain-variant";
        }
        return switch (itemClass) {
            case INTERNET_PASSWORD -> "mdi2w-web";
            case GENERIC_PASSWORD -> "mdi2a-application-outline";
            case SECURE_NOTE -> "mdi2n-note-text-outline";
            case CERTIFICATE -> "mdi2c-certificate-outline";
            case KEY -> "mdi2k-key-outline";
            case IDENTITY -> "mdi2a-account-key-outline";
            case VERIFICATION_CODE -> "mdi2t-two-factor-authentication";
            case TRUST_SETTING -> "mdi2s-shield-check-outline";
        };
    }
}
