package dev.latchkey.app.autotype;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What auto-type sends, in KeePass's notation: {@code {USERNAME}}, {@code {PASSWORD}} and
 * {@code {TOTP}} stand for the item's values, {@code {TAB}}, {@code {ENTER}} and a few more
 * for keys, {@code {DELAY 300}} waits (milliseconds), {@code {{}} and {@code {}}} are
 * literal braces, and anything else is typed as written. Stored per item in the
 * {@code AUTO_TYPE} attribute; absent means {@link #DEFAULT}.
 */
public record AutoTypeSequence(List<Step> steps) {
    public static final String DEFAULT_TEXT = "{USERNAME}{TAB}{PASSWORD}{ENTER}";
    private static final Duration MAX_DELAY = Duration.ofSeconds(10);
    /** Key names in sequences and the X keysyms xdotool presses for them. */
    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("TAB", "Tab"),
            Map.entry("ENTER", "Return"), Map.entry("SPACE", "space"), Map.entry("BACKSPACE", "BackSpace"),
            Map.entry("BS", "BackSpace"), Map.entry("DELETE", "Delete"), Map.entry("DEL", "Delete"),
            Map.entry("ESC", "Escape"), Map.entry("UP", "Up"), Map.entry("DOWN", "Down"), Map.entry("LEFT", "Left"),
            Map.entry("RIGHT", "Right"), Map.entry("HOME", "Home"), Map.entry("END", "End"));
    /** Declared after {@link #KEYS}, which parsing it needs. */
    public static final AutoTypeSequence DEFAULT = parse(DEFAULT_TEXT);

    public AutoTypeSequence {
        steps = List.copyOf(steps);
    }

    /** The values of an item a sequence can type. */
    public enum Field { USERNAME, PASSWORD, TOTP }

    /** One thing to send. */
    public sealed interface Step {
    }

    /** One of the item's values. */
    public record Value(Field field) implements Step {
    }

    /** Literal text, typed as written. */
    public record Text(String text) implements Step {
    }

    /** A key press, as an X keysym name. */
    public record Key(String keysym) implements Step {
    }

    /** A pause, for pages that need a moment (e.g. after moving to the password field). */
    public record Delay(Duration duration) implements Step {
    }

    /** A sequence that cannot be read; {@code token} is the part at fault, as written. */
    public static final class Invalid extends IllegalArgumentException {
        private final String token;

        Invalid(String token) {
            super("cannot use " + token + " in an auto-type sequence");
            this.token = token;
        }

        public String token() {
            return token;
        }
    }

    /** The sequence an item's attribute holds: blank means the default. */
    public static AutoTypeSequence of(String stored) {
        return stored == null || stored.isBlank() ? DEFAULT : parse(stored);
    }

    public static AutoTypeSequence parse(String text) {
        List<Step> steps = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '}') {
                throw new Invalid("}");
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            // "{{}" and "{}}" are the braces themselves.
            if (text.startsWith("{{}", i) || text.startsWith("{}}", i)) {
                literal.append(text.charAt(i + 1));
                i += 3;
                continue;
            }
            int end = text.indexOf('}', i);
            if (end < 0) {
                throw new Invalid(text.substring(i));
            }
            String token = text.substring(i, end + 1);
            if (literal.length() > 0) {
                steps.add(new Text(literal.toString()));
                literal.setLength(0);
            }
            steps.add(placeholder(token));
            i = end + 1;
        }
        if (literal.length() > 0) {
            steps.add(new Text(literal.toString()));
        }
        if (steps.isEmpty()) {
            throw new Invalid(text);
        }
        return new AutoTypeSequence(steps);
    }

    private static Step placeholder(String token) {
        String inner = token.substring(1, token.length() - 1).strip();
        String name = inner.toUpperCase(Locale.ROOT);
        switch (name) {
            case "USERNAME", "USER", "ACCOUNT":
                return new Value(Field.USERNAME);
            case "PASSWORD":
                return new Value(Field.PASSWORD);
            case "TOTP", "OTP", "CODE":
                return new Value(Field.TOTP);
            default:
                break;
        }
        String keysym = KEYS.get(name);
        if (keysym != null) {
            return new Key(keysym);
        }
        if (name.startsWith("DELAY ") || name.startsWith("DELAY=")) {
            try {
                Duration d = Duration.ofMillis(Long.parseLong(name.substring(6).strip()));
                if (!d.isNegative() && d.compareTo(MAX_DELAY) <= 0) {
                    return new Delay(d);
                }
            } catch (NumberFormatException e) {
                // Reported below, with the token as written.
            }
        }
        throw new Invalid(token);
    }

    /** Whether the sequence types this value (so it is only read when needed). */
    public boolean uses(Field field) {
        return steps.stream().anyMatch(s -> s instanceof Value v && v.field() == field);
    }
}
