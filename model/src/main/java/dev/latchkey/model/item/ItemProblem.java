package dev.latchkey.model.item;

import java.util.Map;

/**
 * Why an item cannot be stored as it is ({@link ItemRules}): what is wrong and with which
 * attribute. The window and the command line word each in their own way; {@link #describe}
 * is the model's own wording, for exception messages and logs.
 *
 * @param attribute the attribute at fault; null for the secret ({@link Code#TOO_LARGE}) and
 *     for a kind that is never stored ({@link Code#NOT_STORED})
 */
public record ItemProblem(Code code, Attribute attribute) {
    public enum Code {
        /** A required attribute is missing or blank. */
        MISSING,
        /** A text attribute is longer than {@link ItemRules#MAX_TEXT}. */
        TOO_LONG,
        /** A number is out of its range (the port). */
        OUT_OF_RANGE,
        /** The secret is larger than {@link ItemRules#MAX_SECRET}. */
        TOO_LARGE,
        /** Items of this class are not stored on their own (an identity). */
        NOT_STORED
    }

    private static final Map<Attribute, String> WHAT_IS_MISSING = Map.of(Attribute.LABEL, "a name",
            Attribute.SERVICE, "a service", Attribute.SERVER, "a server", Attribute.OTP, "its code parameters",
            Attribute.TRUST_SETTINGS, "its trust settings");

    public String describe() {
        return switch (code) {
            case MISSING -> attribute == Attribute.CERTIFICATE_SHA256 ? "a trust setting needs its certificate's SHA-256"
                    : "an item of this kind needs " + WHAT_IS_MISSING.getOrDefault(attribute, attribute.jsonName());
            case TOO_LONG -> attribute.jsonName() + " is too long";
            case OUT_OF_RANGE -> "port must be between 0 and 65535";
            case TOO_LARGE -> "the secret is larger than 8 MiB";
            case NOT_STORED -> "an identity is stored as its certificate and its private key, not as an item of its own";
        };
    }
}
