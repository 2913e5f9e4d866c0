package dev.latchkey.model.autofill;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;

/** What credentials are wanted for: a web page (or other URL) or an app, by its identifier. */
public sealed interface AutofillTarget {
    /** A URL; a bare host means {@code https://host}, as browsers take it. */
    static AutofillTarget forUrl(String url) throws LatchkeyException {
        String text = url == null ? "" : url.strip();
        Site site = Site.parse(text.contains("://") ? text : "https://" + text).orElseThrow(() ->
                new LatchkeyException(Status.PARAM, "\"" + shorten(text) + "\" is not a URL or host name"));
        return new Url(site);
    }

    /** An app identifier such as {@code com.example.mail} (compared without regard to case). */
    static AutofillTarget forApp(String appId) throws LatchkeyException {
        if (appId == null || appId.isBlank() || appId.strip().contains(" ")) {
            throw new LatchkeyException(Status.PARAM, "an app identifier is one word, such as com.example.app");
        }
        return new App(appId.strip());
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    record Url(Site site) implements AutofillTarget {
    }

    record App(String id) implements AutofillTarget {
    }
}
