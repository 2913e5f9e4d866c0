package dev.latchkey.model.keychain;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;

/** What an item of each class must have before it is stored. */
final class ItemRules {
    static final int MAX_TEXT = 64 * 1024;
    static final int MAX_SECRET = 8 * 1024 * 1024;

    private ItemRules() {
    }

    static void check(ItemClass itemClass, ItemAttributes a, int secretLength) throws LatchkeyException {
        switch (itemClass) {
            case GENERIC_PASSWORD -> require(a, Attribute.SERVICE, "a service");
            case INTERNET_PASSWORD -> require(a, Attribute.SERVER, "a server");
            case SECURE_NOTE -> require(a, Attribute.LABEL, "a name");
            case VERIFICATION_CODE -> {
                require(a, Attribute.LABEL, "a name");
                require(a, Attribute.OTP, "its code parameters");
            }
            default -> {
            }
        }
        for (Attribute attribute : a.keys()) {
            if (attribute.type() == dev.latchkey.model.item.AttributeType.STRING
                    && a.text(attribute).length() > MAX_TEXT) {
                throw new LatchkeyException(Status.PARAM, attribute.jsonName() + " is too long");
            }
        }
        long port = a.integer(Attribute.PORT).orElse(0L);
        if (port < 0 || port > 65535) {
            throw new LatchkeyException(Status.PARAM, "port must be between 0 and 65535");
        }
        if (secretLength > MAX_SECRET) {
            throw new LatchkeyException(Status.PARAM, "the secret is larger than 8 MiB");
        }
    }

    private static void require(ItemAttributes a, Attribute attribute, String what) throws LatchkeyException {
        if (a.text(attribute).isBlank()) {
            throw new LatchkeyException(Status.PARAM, "an item of this kind needs " + what);
        }
    }
}
