package dev.latchkey.app.items;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemRules;
import java.util.Set;

/**
 * The fields a user edits on an item (name, account, where, comment): how they become
 * attributes, and what is wrong with them by the model's {@link ItemRules}, in the bundle's
 * words. Shared by New Item and the inspector.
 */
public final class ItemFields {
    /** The attributes the "where" field sets. */
    private static final Set<Attribute> WHERE = Set.of(Attribute.SERVICE, Attribute.SERVER, Attribute.PROTOCOL,
            Attribute.PORT, Attribute.PATH);
    private final Messages messages;

    public ItemFields(Messages messages) {
        this.messages = messages;
    }

    /** The problem with the name, in the bundle's words, or "" when there is none. */
    public String nameProblem(ItemClass kind, String name) {
        return problem(kind, name, null, Set.of(Attribute.LABEL));
    }

    /** The problem with the "where" field, in the bundle's words, or "" when there is none. */
    public String whereProblem(ItemClass kind, String where) {
        return problem(kind, null, where, WHERE);
    }

    /** The first of the model's {@link ItemRules} the fields break with one of {@code attributes}, in words. */
    private String problem(ItemClass kind, String name, String where, Set<Attribute> attributes) {
        ItemAttributes a = apply(kind, ItemAttributes.builder(), name, null, where, null, false).build();
        String typed = name != null ? name : where;
        return ItemRules.problems(kind, a, 0).stream().filter(p -> attributes.contains(p.attribute())).findFirst()
                .map(p -> switch (p.code()) {
                    case MISSING -> switch (p.attribute()) {
                        case LABEL -> messages.get("field.nameRequired");
                        case SERVICE -> messages.get("field.serviceRequired");
                        // Typed but not parsed into a server: not a usable address.
                        default -> messages.get(blank(typed) ? "field.addressRequired" : "field.addressInvalid");
                    };
                    case TOO_LONG -> messages.get("field.tooLong");
                    default -> messages.get("field.addressInvalid");
                }).orElse("");
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
