package dev.latchkey.app.cli;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Input from a file or standard input ("-" or none), output to a file (written whole, then moved) or standard output. */
final class CryptoIo {
    private CryptoIo() {
    }

    static byte[] input(LatchkeyCommand root, Path file) throws LatchkeyException {
        if (file == null || file.toString().equals("-")) {
            try {
                return root.context.in().readAllBytes();
            } catch (IOException e) {
                throw new LatchkeyException(Status.IO, "cannot read standard input");
            }
        }
        return CertificateFiles.read(file);
    }

    static void output(LatchkeyCommand root, Path file, byte[] data) throws LatchkeyException {
        if (file == null || file.toString().equals("-")) {
            root.context.out().write(data, 0, data.length);
            root.context.out().flush();
            return;
        }
        try {
            Path target = file.toAbsolutePath();
            Path temp = Files.createTempFile(target.getParent(), ".latchkey-", ".tmp");
            try {
                Files.write(temp, data);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot write " + file);
        }
    }

    static void json(LatchkeyCommand root, com.fasterxml.jackson.databind.JsonNode node) {
        root.context.out().println(node.toPrettyString());
    }

    /** A transform's result: {@code json} with --json, else the bytes to -o FILE or standard output. */
    static void result(LatchkeyCommand root, Path file, byte[] data, com.fasterxml.jackson.databind.JsonNode json)
            throws LatchkeyException {
        if (root.json) {
            json(root, json);
        } else {
            output(root, file, data);
        }
    }

}
