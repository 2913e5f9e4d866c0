package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.otp.Base32;
import dev.latchkey.crypto.otp.Base32FormatException;
import dev.latchkey.crypto.otp.OtpAlgorithm;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OneTimeCode;
import dev.latchkey.model.otp.OtpCredential;
import dev.latchkey.model.otp.OtpGenerator;
import dev.latchkey.model.otp.OtpImport;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpQrCodes;
import dev.latchkey.model.otp.OtpType;
import dev.latchkey.model.otp.VerificationCodes;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** One-time codes: {@code latchkey otp add|code|list|export}. */
@Command(name = "otp", description = "One-time codes (TOTP, HOTP, Steam Guard).",
        subcommands = {OtpCommands.Add.class, OtpCommands.Code.class, OtpCommands.ListCodes.class,
            OtpCommands.Export.class})
final class OtpCommands {
    @ParentCommand LatchkeyCommand root;

    /** How a code is computed, given on the command line. */
    static final class Settings {
        @Option(names = "--algorithm", paramLabel = "SHA1|SHA256|SHA512", defaultValue = "SHA1",
                description = "The HMAC. Default: ${DEFAULT-VALUE}.")
        String algorithm;
        @Option(names = "--digits", paramLabel = "N", defaultValue = "6", description = "6, 7 or 8 digits.")
        int digits;
        @Option(names = "--period", paramLabel = "SECONDS", defaultValue = "30", description = "TOTP time step.")
        long period;
        @Option(names = "--counter", paramLabel = "N", description = "Counter: makes it an HOTP code.")
        Long counter;
        @Option(names = "--steam", description = "A Steam Guard code (5 characters).") boolean steam;

        OtpParameters parameters(String issuer, String account) throws LatchkeyException {
            OtpAlgorithm alg = OtpAlgorithm.byName(algorithm).orElseThrow(() -> new LatchkeyException(
                    Status.UNSUPPORTED_FORMAT, "unknown algorithm \"" + algorithm + "\"; use SHA1, SHA256 or SHA512"));
            if (steam && counter != null) {
                throw new LatchkeyException(Status.PARAM, "--steam and --counter do not go together");
            }
            OtpType type = steam ? OtpType.STEAM : counter != null ? OtpType.HOTP : OtpType.TOTP;
            OtpParameters.Builder b = OtpParameters.builder(type).issuer(issuer).account(account);
            if (!steam) {
                b.algorithm(alg).digits(digits).period(period);
            }
            if (counter != null) {
                b.counter(counter);
            }
            return b.build();
        }
    }

    /** A Base32 seed from the command line or ({@code -}) standard input, never kept as a String. */
    static Secret seed(LatchkeyCommand root, String value) throws LatchkeyException {
        char[] chars = null;
        try (Secret raw = "-".equals(value) ? SecretText.stdin(root.context.in(), true)
                : Secret.copyOf(value.getBytes(StandardCharsets.US_ASCII))) {
            chars = raw.toChars();
            return Secret.wrap(Base32.decode(CharBuffer.wrap(chars)));
        } catch (Base32FormatException e) {
            throw new LatchkeyException(Status.DECODE, "the secret is not valid Base32: " + e.getMessage());
        } finally {
            Wipe.chars(chars);
        }
    }

    static Instant at(String text, Clock clock) throws LatchkeyException {
        if (text == null) {
            return clock.instant();
        }
        if (text.matches("-?\\d{1,15}")) {
            return Instant.ofEpochSecond(Long.parseLong(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new LatchkeyException(Status.PARAM, "--at takes seconds since 1970 or an RFC 3339 time");
        }
    }

    /** The items with a code whose name is {@code label}. */
    static Item byLabel(VerificationCodes codes, String label) throws LatchkeyException {
        List<Item> items = codes.items();
        return items.stream().filter(i -> i.displayName().equals(label)).findFirst()
                .or(() -> items.stream().filter(i -> i.displayName().equalsIgnoreCase(label)).findFirst())
                .orElseThrow(() -> new LatchkeyException(Status.ITEM_NOT_FOUND,
                        "no one-time code named \"" + label + "\""));
    }

    @Command(name = "add", description = "Store one-time codes from an otpauth:// or otpauth-migration:// URI, "
            + "a QR code image, or a Base32 secret.")
    static final class Add implements Callable<Integer> {
        @ParentCommand OtpCommands otp;

        static final class Source {
            @Option(names = "--uri", paramLabel = "URI|-", description = "The URI; - reads it from standard input.")
            String uri;
            @Option(names = "--qr", paramLabel = "IMAGE", description = "An image holding the QR code(s).") Path qr;
            @Option(names = "--secret", paramLabel = "BASE32|-", description = "The secret; - reads standard input.")
            String secret;
        }

        @ArgGroup(exclusive = true, multiplicity = "1") Source source;
        @ArgGroup(exclusive = false) Settings settings = new Settings();
        @Option(names = "-l", paramLabel = "LABEL", description = "The name to show (one code only).") String label;
        @Option(names = "--issuer", paramLabel = "NAME", description = "With --secret: who issued the code.")
        String issuer;
        @Option(names = "--account", paramLabel = "NAME", description = "With --secret: the account.") String account;
        @Option(names = "--attach-to", paramLabel = "NAME",
                description = "Attach the code to this password item (by name, service or server) instead of "
                        + "storing it on its own.")
        String attachTo;

        @Override
        public Integer call() throws LatchkeyException {
            LatchkeyCommand root = otp.root;
            List<OtpCredential> credentials = read(root);
            try {
                if (credentials.size() > 1 && (label != null || attachTo != null)) {
                    throw new LatchkeyException(Status.PARAM, "-l and --attach-to take a single code; this holds "
                            + credentials.size());
                }
                Keychain k = root.unlock(root.keychainRef(null));
                VerificationCodes codes = new VerificationCodes(k, root.context.service().clock());
                List<String> ids = new ArrayList<>();
                if (attachTo != null) {
                    Item target = passwordItem(k, attachTo);
                    codes.attach(target.id(), credentials.get(0).parameters(), credentials.get(0).seed());
                    ids.add(target.id().toString());
                } else if (label != null) {
                    ids.add(codes.addStandalone(credentials.get(0).parameters(), credentials.get(0).seed(), label)
                            .toString());
                } else {
                    codes.addStandalone(credentials).forEach(id -> ids.add(id.toString()));
                }
                if (root.json) {
                    ArrayNode a = CliContext.json().createArrayNode();
                    ids.forEach(a::add);
                    root.context.out().println(CliContext.json().createObjectNode().set("ids", a).toPrettyString());
                }
            } finally {
                OtpCredential.closeAll(credentials);
            }
            return ExitCodes.OK;
        }

        private List<OtpCredential> read(LatchkeyCommand root) throws LatchkeyException {
            if (source.qr != null) {
                return OtpQrCodes.importFrom(source.qr);
            }
            if (source.uri != null) {
                try (Secret text = "-".equals(source.uri) ? SecretText.stdin(root.context.in(), true)
                        : Secret.copyOf(source.uri.getBytes(StandardCharsets.UTF_8))) {
                    char[] chars = text.toChars();
                    try {
                        return OtpImport.fromText(CharBuffer.wrap(chars));
                    } finally {
                        Wipe.chars(chars);
                    }
                }
            }
            OtpParameters p = settings.parameters(issuer, account);
            return new ArrayList<>(List.of(new OtpCredential(p, seed(root, source.secret))));
        }

        private static Item passwordItem(Keychain k, String name) throws LatchkeyException {
            return k.items().stream().filter(i -> i.itemClass().isPassword())
                    .filter(i -> i.displayName().equals(name)
                            || i.attributes().text(dev.latchkey.model.item.Attribute.SERVICE).equals(name)
                            || i.attributes().text(dev.latchkey.model.item.Attribute.SERVER).equalsIgnoreCase(name))
                    .findFirst().orElseThrow(() -> new LatchkeyException(Status.ITEM_NOT_FOUND,
                            "no password item named \"" + name + "\""));
        }
    }

    @Command(name = "code", description = "Print a one-time code: of a stored code (-l), or from --secret without "
            + "any keychain. Supports --json.")
    static final class Code implements Callable<Integer> {
        @ParentCommand OtpCommands otp;
        @Option(names = "-l", paramLabel = "LABEL", description = "A stored code, by name (HOTP: uses it up).")
        String label;
        @Option(names = "--secret", paramLabel = "BASE32|-", description = "Compute from this secret instead.")
        String secret;
        @Option(names = "--at", paramLabel = "EPOCH|RFC3339", description = "The time (default: now).") String at;
        @ArgGroup(exclusive = false) Settings settings = new Settings();

        @Override
        public Integer call() throws LatchkeyException {
            LatchkeyCommand root = otp.root;
            if ((label == null) == (secret == null)) {
                throw new LatchkeyException(Status.PARAM, "give either -l LABEL or --secret BASE32");
            }
            Clock clock = Clock.systemUTC();
            OneTimeCode code;
            if (secret != null) {
                OtpParameters p = settings.parameters("", "");
                try (Secret seed = seed(root, secret)) {
                    code = OtpGenerator.code(p, seed, at(at, clock));
                }
            } else {
                Keychain k = root.unlock(root.keychainRef(null));
                VerificationCodes codes = new VerificationCodes(k, root.context.service().clock());
                code = codes.use(byLabel(codes, label).id());
            }
            if (root.json) {
                ObjectNode o = CliContext.json().createObjectNode().put("code", code.code()).put("counter", code.counter());
                code.validUntil().ifPresent(t -> o.put("validUntil", t.toString()));
                root.context.out().println(o.toPrettyString());
            } else {
                root.context.out().println(code.code());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List stored one-time codes with their current codes. Supports --json.")
    static final class ListCodes implements Callable<Integer> {
        @ParentCommand OtpCommands otp;

        @Override
        public Integer call() throws LatchkeyException {
            LatchkeyCommand root = otp.root;
            Keychain k = root.unlock(root.keychainRef(null));
            Clock clock = root.context.service().clock();
            VerificationCodes codes = new VerificationCodes(k, clock);
            List<Item> items = new ArrayList<>(codes.items());
            items.sort(java.util.Comparator.comparing(Item::displayName, String.CASE_INSENSITIVE_ORDER));
            ArrayNode array = CliContext.json().createArrayNode();
            for (Item item : items) {
                OtpParameters p = VerificationCodes.parameters(item).orElseThrow();
                String code = p.isTimeBased() ? codes.peek(item.id()).code() : null;
                long left = p.isTimeBased() ? codes.peek(item.id()).remaining(clock.instant()).toSeconds() : -1;
                if (root.json) {
                    ObjectNode o = array.addObject().put("id", item.id().toString()).put("label", item.displayName())
                            .put("issuer", p.issuer()).put("account", p.account())
                            .put("type", p.type().name()).put("algorithm", p.algorithm().name())
                            .put("digits", p.digits()).put("attached", item.itemClass().isPassword());
                    if (p.isTimeBased()) {
                        o.put("period", p.periodSeconds()).put("code", code).put("secondsLeft", left);
                    } else {
                        o.put("counter", p.counter());
                    }
                } else {
                    root.context.out().printf("%-10s %-32s %s%n",
                            code == null ? "(HOTP)" : code, item.displayName(),
                            code == null ? "counter " + p.counter() : left + "s left");
                }
            }
            if (root.json) {
                root.context.out().println(array.toPrettyString());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", description = "Write a stored code as a QR code PNG (--qr) or print its "
            + "otpauth:// URI (--uri). Both reveal the secret.")
    static final class Export implements Callable<Integer> {
        @ParentCommand OtpCommands otp;
        @Option(names = "-l", paramLabel = "LABEL", required = true, description = "The code, by name.") String label;
        @Option(names = "--qr", paramLabel = "FILE", description = "Write a QR code PNG here.") Path qr;
        @Option(names = "--uri", description = "Print the otpauth:// URI.") boolean uri;

        @Override
        public Integer call() throws LatchkeyException {
            LatchkeyCommand root = otp.root;
            if ((qr == null) == !uri) {
                throw new LatchkeyException(Status.PARAM, "give --qr FILE or --uri");
            }
            Keychain k = root.unlockToReveal(root.keychainRef(null));
            VerificationCodes codes = new VerificationCodes(k, root.context.service().clock());
            char[] text = codes.exportUri(byLabel(codes, label).id());
            try {
                if (qr != null) {
                    OtpQrCodes.writePng(text, OtpQrCodes.DEFAULT_SIZE, qr);
                } else {
                    ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(text));
                    root.context.out().write(b.array(), 0, b.limit());
                    root.context.out().println();
                    Wipe.bytes(b.array());
                }
            } finally {
                Wipe.chars(text);
            }
            return ExitCodes.OK;
        }
    }
}
