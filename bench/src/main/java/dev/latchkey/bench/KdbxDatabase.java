package dev.latchkey.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the benchmark's items as a KDBX 4 database (Argon2id) through pykeepass, one entry
 * per item: title = label, user name = account, password = secret (a note's text for secure
 * notes), URL = first URL or the server, notes = comment, tags = tags, and the service of an
 * application password as a custom field "Service".
 */
final class KdbxDatabase {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path work;
    private final String python;
    private final TimedProcess processes;

    KdbxDatabase(Path work, String python, TimedProcess processes) {
        this.work = work;
        this.python = python;
        this.processes = processes;
    }

    /** Whether the Python has pykeepass; prints nothing. */
    boolean available() throws InterruptedException {
        try {
            return processes.run(List.of(python, "-c", "import pykeepass"), null).exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    Path write(String name, List<SampleItem> items, char[] password, int iterations, int memoryKiB,
            int parallelism) throws IOException, InterruptedException {
        Path entries = work.resolve(name + ".jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(entries, StandardCharsets.UTF_8)) {
            for (SampleItem i : items) {
                ObjectNode n = JSON.createObjectNode();
                n.put("title", i.label());
                n.put("username", i.account() == null ? "" : i.account());
                n.put("password", i.secret());
                n.put("url", i.primaryUrl());
                n.put("notes", i.comment() == null ? "" : i.comment());
                i.tags().forEach(n.putArray("tags")::add);
                n.put("service", i.service() == null ? "" : i.service());
                out.write(JSON.writeValueAsString(n));
                out.write('\n');
            }
        }
        Path script = work.resolve("make_kdbx.py");
        try (InputStream in = KdbxDatabase.class.getResourceAsStream("make_kdbx.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path db = work.resolve(name + ".kdbx");
        List<String> command = List.of(python, script.toString(), entries.toString(), db.toString(),
                Integer.toString(iterations), Integer.toString(memoryKiB), Integer.toString(parallelism));
        processes.run(command, new String(password) + "\n").requireSuccess(command);
        Files.delete(entries);
        return db;
    }
}
