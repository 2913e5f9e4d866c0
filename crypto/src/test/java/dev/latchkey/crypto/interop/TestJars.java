package dev.latchkey.crypto.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** JARs for the code-signing tests: a plain one, and a signed one with an entry changed or added behind its back. */
public final class TestJars {
    private TestJars() {
    }

    /** A JAR whose entries hold their own names. */
    public static Path write(Path jar, List<String> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String name : entries) {
                out.putNextEntry(new ZipEntry(name));
                out.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    /** Copies a JAR, replacing entry {@code name}'s content, or adding it when {@code add}. */
    public static Path rewrite(Path from, Path to, String name, String content, boolean add) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(!add && e.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8)
                        : in.getInputStream(e).readAllBytes());
            }
            if (add) {
                out.putNextEntry(new ZipEntry(name));
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
        }
        return to;
    }
}
