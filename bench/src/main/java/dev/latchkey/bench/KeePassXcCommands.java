package dev.latchkey.bench;

import java.util.List;

/**
 * keepassxc-cli commands. "open" lists an empty group, which opens and decrypts the whole
 * database and prints nothing (db-info would add a password-health analysis on top).
 */
final class KeePassXcCommands implements ToolCommands {
    static final String EMPTY_GROUP = "Empty";
    static final String CLI = "keepassxc-cli";

    private final String password;

    KeePassXcCommands(char[] password) {
        this.password = new String(password) + "\n";
    }

    @Override
    public String name() {
        return CLI;
    }

    @Override
    public List<String> open(String database) {
        return List.of(CLI, "ls", "-q", database, "/" + EMPTY_GROUP);
    }

    @Override
    public List<String> search(String database, String term) {
        return List.of(CLI, "search", "-q", database, term);
    }

    @Override
    public List<String> show(String database, SampleItem item) {
        return List.of(CLI, "show", "-q", database, "/" + item.label());
    }

    @Override
    public String stdin() {
        return password;
    }
}
