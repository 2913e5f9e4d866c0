package dev.latchkey.model.item;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * What an item of each class must have before it is stored: the one home of these rules. The
 * keychain refuses an item that breaks them; the window and the command line ask
 * {@link #problems} first, to say what is wrong in their own words.
 */
public final class ItemRules {
    /** The longest text attribute, in characters. */
    public static final int MAX_TEXT = 64 * 1024;
    /** The largest secret, in bytes. */
    public static final int MAX_SECRET = 8 * 1024 * 1024;
    public static final int MAX_PORT = 65535;

    private ItemRules() {
    }

    /** Everything wrong with an item of {@code itemClass} with these attributes and a secret this long. */
    public static List<ItemProblem> problems(ItemClass itemClass, ItemAttributes a, long secretLength) {
        List<ItemProblem> out = new ArrayList<>();
        switch (itemClass) {
            case GENERIC_PASSWORD -> require(a, Attribute.SERVICE, out);
            case INTERNET_PASSWORD -> require(a, Attribute.SERVER, out);
            case SECURE_NOTE -> require(a, Attribute.LABEL, out);
            case VERIFICATION_CODE -> {
                require(a, Attribute.LABEL, out);
                require(a, Attribute.OTP, out);
            }
            case IDENTITY -> out.add(new ItemProblem(ItemProblem.Code.NOT_STORED, null));
            case TRUST_SETTING -> {
                require(a, Attribute.TRUST_SETTINGS, out);
                if (a.bytes(Attribute.CERTIFICATE_SHA256).map(h -> h.length != 32).orElse(true)) {
                    out.add(new ItemProblem(ItemProblem.Code.MISSING, Attribute.CERTIFICATE_SHA256));
                }
            }
            default -> {
            }
        }
        for (Attribute attribute : a.keys()) {
            if (attribute.type() == AttributeType.STRING && a.text(attribute).length() > MAX_TEXT) {
                out.add(new ItemProblem(ItemProblem.Code.TOO_LONG, attribute));
            }
        }
        long port = a.integer(Attribute.PORT).orElse(0L);
        if (port < 0 || port > MAX_PORT) {
            out.add(new ItemProblem(ItemProblem.Code.OUT_OF_RANGE, Attribute.PORT));
        }
        if (secretLength > MAX_SECRET) {
            out.add(new ItemProblem(ItemProblem.Code.TOO_LARGE, null));
        }
        return out;
    }

    /** PARAM, in the model's words, for the first of the {@link #problems}. */
    public static void check(ItemClass itemClass, ItemAttributes a, long secretLength) throws LatchkeyException {
        List<ItemProblem> found = problems(itemClass, a, secretLength);
        if (!found.isEmpty()) {
            throw new LatchkeyException(Status.PARAM, found.get(0).describe());
        }
    }

    private static void require(ItemAttributes a, Attribute attribute, List<ItemProblem> out) {
        if (a.text(attribute).isBlank()) {
            out.add(new ItemProblem(ItemProblem.Code.MISSING, attribute));
        }
    }
}
