package dev.latchkey.bench;

import java.util.List;

/** How one tool opens a database, searches it and shows one entry, each as a fresh process. */
interface ToolCommands {
    String name();

    List<String> open(String database);

    List<String> search(String database, String term);

    List<String> show(String database, SampleItem item);

    /** What the process reads on standard input: the password and a newline. */
    String stdin();
}
