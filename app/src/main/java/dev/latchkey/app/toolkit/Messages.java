package dev.latchkey.app.toolkit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI texts: one resource bundle, used as {@code %key} in FXML and through here in code. */
public final class Messages {
    public static final String BUNDLE = "dev.latchkey.app.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages load(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}; with arguments, formatted by {@link MessageFormat}. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
