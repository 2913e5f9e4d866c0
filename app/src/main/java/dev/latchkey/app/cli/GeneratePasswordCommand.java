package dev.latchkey.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.password.PasswordGenerator;
import dev.latchkey.model.password.PasswordRules;
import dev.latchkey.model.password.PasswordStrength;
import dev.latchkey.model.password.PasswordStyle;
import dev.latchkey.model.password.StrengthMeter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "generate-password", description = "Print a new random password (no keychain needed). "
        + "Supports --json (with strength and entropy).")
final class GeneratePasswordCommand implements Callable<Integer> {
    @ParentCommand LatchkeyCommand root;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "random",
            description = "random, memorable (EFF words), apple (xxxxxx-xxxxxx-xxxxxx) or pin. Default: ${DEFAULT-VALUE}.")
    PasswordStyle style;
    @Option(names = "--length", paramLabel = "N",
            description = "Characters (random, pin: 4-128) or words (memorable: 3-12).")
    Integer length;
    @Option(names = "--no-upper", description = "No capital letters.") boolean noUpper;
    @Option(names = "--no-lower", description = "No small letters.") boolean noLower;
    @Option(names = "--no-digits", description = "No digits.") boolean noDigits;
    @Option(names = "--no-symbols", description = "No symbols.") boolean noSymbols;
    @Option(names = "--symbols", description = "Use symbols (memorable: a random separator).") boolean symbols;
    @Option(names = "--allow-look-alikes", description = "Allow 0/O, 1/l/I and similar pairs.") boolean lookAlikes;
    @Option(names = "--count", paramLabel = "N", defaultValue = "1", description = "How many passwords.") int count;

    @Override
    public Integer call() throws LatchkeyException {
        PasswordRules d = PasswordRules.defaults(style);
        int n = length == null ? d.length() : length;
        boolean words = style == PasswordStyle.MEMORABLE;
        if (words ? (n < 3 || n > 12) : (n < PasswordRules.MIN_LENGTH || n > PasswordRules.MAX_LENGTH)) {
            throw new LatchkeyException(Status.PARAM, words ? "--length for memorable passwords is 3 to 12 words"
                    : "--length is " + PasswordRules.MIN_LENGTH + " to " + PasswordRules.MAX_LENGTH + " characters");
        }
        if (count < 1 || count > 1000) {
            throw new LatchkeyException(Status.PARAM, "--count is 1 to 1000");
        }
        PasswordRules rules = new PasswordRules(n, d.upper() && !noUpper, d.lower() && !noLower,
                d.digits() && !noDigits, (d.symbols() || symbols) && !noSymbols, d.excludeLookAlikes() && !lookAlikes);
        if (style == PasswordStyle.RANDOM && !rules.upper() && !rules.lower() && !rules.digits() && !rules.symbols()) {
            throw new LatchkeyException(Status.PARAM, "leave at least one kind of character");
        }
        PasswordGenerator generator = new PasswordGenerator();
        for (int i = 0; i < count; i++) {
            char[] p = generator.generate(style, rules);
            try {
                if (root.json) {
                    json(p, generator.entropyBits(style, rules), new StrengthMeter().measure(p));
                } else {
                    java.nio.ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(p));
                    root.context.out().write(b.array(), 0, b.limit());
                    root.context.out().println();
                    Wipe.bytes(b.array());
                }
            } finally {
                Wipe.chars(p);
            }
        }
        root.context.out().flush();
        return ExitCodes.OK;
    }

    private void json(char[] password, double entropy, PasswordStrength strength) {
        try (JsonGenerator g = CliContext.json().getFactory().createGenerator(root.context.out())) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeFieldName("password");
            g.writeString(password, 0, password.length);
            g.writeStringField("style", style.name().toLowerCase(java.util.Locale.ROOT));
            g.writeNumberField("entropyBits", Math.round(entropy * 10) / 10.0);
            g.writeNumberField("score", strength.score());
            g.writeStringField("strength", strength.verdict());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.context.out().println();
    }
}
