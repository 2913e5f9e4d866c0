package dev.latchkey.app.items;

import dev.latchkey.app.ui.Messages;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;

/**
 * The fields a user edits on an item (name, account, where, comment): what each kind of item
 * requires, and how the fields become attributes. Shared by New Item and the inspector.
 */
public final class ItemFields {
    private final Messages messages;

    public ItemFields(Messages messages) {
        this.messages = messages;
    }

    /** The problem with the name, or "" when there is none. */
    public String nameProblem(ItemClass kind, String name) {
        return kind == ItemClass.SECURE_NOTE && blank(name) ? messages.get("field.nameRequired") : "";
    }

    /** The problem with the "where" field, or "" when there is none. */
    public String whereProblem(ItemClass kind, String where) {
        return switch (kind) {
            case INTERNET_PASSWORD -> blank(where) ? messages.get("field.addressRequired")
                    : ServerAddress.parse(where).isEmpty() ? messages.get("field.addressInvalid") : "";
            case GENERIC_PASSWORD -> blank(where) ? messages.get("field.serviceRequired") : "";
            default -> "";
        };
    }

    public boolean valid(ItemClass kind, String name, String where) {
        return nameProblem(kind, name).isEmpty() && whereProblem(kind, where).isEmpty();
    }

    /** Writes the fields into {@code b}; empty fields remove their attribute. */
    public ItemAttributes.Builder apply(ItemClass kind, ItemAttributes.Builder b, String name, String account,
            String where, String comment, boolean requirePassword) {
        b.set(Attribute.LABEL, strip(name)).set(Attribute.COMMENT, strip(comment));
        if (kind.isPassword()) {
            b.set(Attribute.ACCOUNT, strip(account));
        }
        if (kind == ItemClass.INTERNET_PASSWORD) {
            ServerAddress.parse(where).ifPresent(a -> a.applyTo(b));
        } else if (kind == ItemClass.GENERIC_PASSWORD) {
            b.set(Attribute.SERVICE, strip(where));
        }
        b.set(Attribute.REQUIRE_PASSWORD, requirePassword ? Boolean.TRUE : null);
        return b;
    }

    /** What the "where" field shows for an item. */
    public static String where(ItemClass kind, ItemAttributes a) {
        return switch (kind) {
            case INTERNET_PASSWORD -> ServerAddress.of(a).format();
            case GENERIC_PASSWORD -> a.text(Attribute.SERVICE);
            default -> "";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
