package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.asn1.Asn1Decoder;
import dev.latchkey.crypto.asn1.Asn1Node;
import dev.latchkey.crypto.asn1.Asn1Tree;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/**
 * {@code latchkey asn1 FILE}: the ASN.1 structure of a DER, BER or PEM file, one element a
 * line as {@code openssl asn1parse} prints it (with what OCTET and BIT STRINGs encapsulate),
 * or as JSON. Malformed data is printed up to where it goes wrong, then exits 65.
 */
@Command(name = "asn1", description = {"Show the ASN.1 structure of a DER, BER or PEM file (- for standard input). "
        + "Supports --json. Needs no keychain.",
    "Malformed data is shown up to the byte where it goes wrong, then the command exits 65."})
final class Asn1Command implements Callable<Integer> {
    @ParentCommand LatchkeyCommand root;
    @Parameters(paramLabel = "FILE", defaultValue = "-") Path file;

    @Override
    public Integer call() throws LatchkeyException {
        Asn1Tree tree = Asn1Decoder.decode(CryptoIo.input(root, file));
        if (root.json) {
            CryptoIo.json(root, json(tree));
        } else {
            PrintStream out = root.context.out();
            tree.roots().forEach(n -> text(out, n));
        }
        if (tree.error().isPresent()) {
            Asn1Tree.Asn1Error error = tree.error().get();
            throw new LatchkeyException(Status.DECODE, "not valid ASN.1 at offset " + error.offset() + ": "
                    + error.message());
        }
        return ExitCodes.OK;
    }

    private static void text(PrintStream out, Asn1Node n) {
        String length = n.indefinite() ? "inf" : String.valueOf(n.length());
        String line = String.format("%5d:d=%-2d hl=%d l=%4s %s: %s%-18s", n.offset(), n.depth(), n.headerLength(),
                length, n.constructed() ? "cons" : "prim", "  ".repeat(n.depth()), n.name());
        out.println((n.value().isEmpty() ? line : line + " :" + n.value()).stripTrailing());
        n.children().forEach(c -> text(out, c));
    }

    static ObjectNode json(Asn1Tree tree) {
        ObjectNode node = CliContext.json().createObjectNode();
        node.put("bytes", tree.data().length);
        tree.pemLabel().ifPresentOrElse(l -> node.put("pemLabel", l), () -> node.putNull("pemLabel"));
        ArrayNode roots = node.putArray("elements");
        tree.roots().forEach(n -> roots.add(json(n)));
        tree.error().ifPresentOrElse(e -> node.putObject("error").put("offset", e.offset()).put("message", e.message()),
                () -> node.putNull("error"));
        return node;
    }

    private static ObjectNode json(Asn1Node n) {
        ObjectNode node = CliContext.json().createObjectNode();
        node.put("offset", n.offset()).put("headerLength", n.headerLength());
        if (n.indefinite()) {
            node.putNull("length");
        } else {
            node.put("length", n.length());
        }
        node.put("tag", n.name()).put("class", n.tagClass().name()).put("number", n.tagNumber())
                .put("constructed", n.constructed());
        if (!n.value().isEmpty()) {
            node.put("value", n.value());
        }
        if (n.encapsulates()) {
            node.put("encapsulates", true);
        }
        if (!n.children().isEmpty()) {
            ArrayNode children = node.putArray("children");
            n.children().forEach(c -> children.add(json(c)));
        }
        return node;
    }
}
