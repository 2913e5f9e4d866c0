package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.random.Randoms;
import dev.latchkey.crypto.transform.DigestAlgorithm;
import dev.latchkey.crypto.transform.Encoding;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CryptoErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The transforms that need no keychain: encode, decode, digest and random (architecture §6). */
final class EncodingCommands {
    private EncodingCommands() {
    }

    /** Exactly one of --base64, --hex, --pem. */
    static final class Choice {
        @Option(names = "--base64", required = true) boolean base64;
        @Option(names = "--hex", required = true) boolean hex;
        @Option(names = "--pem", required = true) boolean pem;

        Encoding encoding() {
            return base64 ? Encoding.BASE64 : hex ? Encoding.HEX : Encoding.PEM;
        }
    }

    @Command(name = "encode", description = "Encode a file (or standard input) as Base64, hex or PEM. "
            + "Supports --json. Needs no keychain.")
    static final class Encode implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @ArgGroup(multiplicity = "1") Choice choice;
        @Option(names = "--label", paramLabel = "LABEL", defaultValue = "DATA",
                description = "The PEM label (--pem). Default: ${DEFAULT-VALUE}.")
        String label;
        @picocli.CommandLine.Mixin InOutFiles files;

        @Override
        public Integer call() throws LatchkeyException {
            Encoding encoding = choice.encoding();
            byte[] text = encoding.encode(CryptoIo.input(root, files.in), label);
            CryptoIo.result(root, files.out, text, CliContext.json().createObjectNode().put("encoding", encoding.name()
                    .toLowerCase(java.util.Locale.ROOT)).put("text", new String(text, StandardCharsets.US_ASCII)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "decode", description = "Decode Base64, hex or PEM (the first block) back to bytes. "
            + "Supports --json (hex of the bytes). Needs no keychain.")
    static final class Decode implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @ArgGroup(multiplicity = "1") Choice choice;
        @picocli.CommandLine.Mixin InOutFiles files;

        @Override
        public Integer call() throws LatchkeyException {
            byte[] data;
            try {
                data = choice.encoding().decode(CryptoIo.input(root, files.in));
            } catch (DecodeException e) {
                throw CryptoErrors.map(e);
            }
            CryptoIo.result(root, files.out, data, CliContext.json().createObjectNode().put("bytes", data.length)
                    .put("hex", HexFormat.of().formatHex(data)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "digest", description = "Print the digest of files (or standard input), as sha256sum does. "
            + "Supports --json. Needs no keychain.")
    static final class Digest implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Option(names = {"-a", "--algorithm"}, paramLabel = "ALG", defaultValue = "sha256",
                description = "sha256, sha384, sha512, sha3-256 or sha3-512. Default: ${DEFAULT-VALUE}.")
        String algorithm;
        @Parameters(paramLabel = "FILE", arity = "0..*") List<Path> files = new ArrayList<>();

        @Override
        public Integer call() throws LatchkeyException {
            DigestAlgorithm a = DigestAlgorithm.fromCliName(algorithm).orElseThrow(() -> new LatchkeyException(
                    Status.PARAM, "unknown digest \"" + algorithm + "\"; use sha256, sha384, sha512, sha3-256 or "
                    + "sha3-512"));
            List<Path> inputs = files.isEmpty() ? List.of(Path.of("-")) : files;
            ArrayNode array = CliContext.json().createArrayNode();
            for (Path file : inputs) {
                String hex;
                try {
                    hex = HexFormat.of().formatHex(a.digest(new ByteArrayInputStream(CryptoIo.input(root, file))));
                } catch (IOException e) {
                    throw new LatchkeyException(Status.IO, "cannot read " + file);
                }
                if (root.json) {
                    array.addObject().put("file", file.toString()).put("algorithm", a.cliName()).put("digest", hex);
                } else {
                    root.context.out().println(hex + "  " + file);
                }
            }
            if (root.json) {
                CryptoIo.json(root, array);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "random", description = "Print N random bytes from the system's SecureRandom: raw, or as hex "
            + "or Base64. Supports --json. Needs no keychain.")
    static final class Random implements Callable<Integer> {
        static final int MAX = 1 << 20;
        @ParentCommand LatchkeyCommand root;
        @Option(names = "--bytes", required = true, paramLabel = "N", description = "How many bytes (1 to 1048576).")
        int count;
        @Option(names = "--hex", description = "As hex.") boolean hex;
        @Option(names = "--base64", description = "As Base64.") boolean base64;
        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the raw bytes to FILE.")
        Path out;

        @Override
        public Integer call() throws LatchkeyException {
            if (count < 1 || count > MAX) {
                throw new LatchkeyException(Status.PARAM, "--bytes takes 1 to " + MAX);
            }
            byte[] bytes = Randoms.bytes(count);
            if (root.json) {
                ObjectNode node = CliContext.json().createObjectNode().put("bytes", count)
                        .put("hex", HexFormat.of().formatHex(bytes));
                CryptoIo.json(root, node);
            } else if (hex || base64) {
                root.context.out().println(hex ? HexFormat.of().formatHex(bytes)
                        : Base64.getEncoder().encodeToString(bytes));
            } else {
                CryptoIo.output(root, out, bytes);
            }
            return ExitCodes.OK;
        }
    }
}
