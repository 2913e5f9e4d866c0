package dev.latchkey.app.items;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** How an item reads to a user: its kind, its "where" and its dates. */
public final class ItemTexts {
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final Map<ItemClass, String> kindNames = new EnumMap<>(ItemClass.class);

    public ItemTexts(Messages messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        for (ItemClass c : ItemClass.values()) {
            kindNames.put(c, kindName(messages, c));
        }
    }

    /** The bundle's name for the class; a class newer than the bundle gets the model's name. */
    private static String kindName(Messages messages, ItemClass c) {
        try {
            return messages.get("kind." + c.name());
        } catch (MissingResourceException e) {
            String name = c.displayName();
            return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        }
    }

    public String kindName(ItemClass itemClass) {
        return kindNames.get(itemClass);
    }

    /** The item's own kind text (set by importers or the user) or its class. */
    public String kind(Item item) {
        return item.attributes().string(Attribute.DESCRIPTION).orElseGet(() -> kindName(item.itemClass()));
    }

    /** The server address of an Internet password, the service (issuer) of an application password or code. */
    public String where(Item item) {
        return switch (item.itemClass()) {
            case INTERNET_PASSWORD -> ServerAddress.of(item.attributes()).format();
            case GENERIC_PASSWORD, VERIFICATION_CODE -> item.attributes().text(Attribute.SERVICE);
            default -> "";
        };
    }

    public String date(Instant instant) {
        return instant == null ? "" : dates.format(instant);
    }

    public Messages messages() {
        return messages;
    }
}
