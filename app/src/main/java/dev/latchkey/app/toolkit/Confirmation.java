package dev.latchkey.app.toolkit;

/** A question for the user before something that cannot be undone. */
public record Confirmation(String title, String message, String action, boolean destructive) {
}
