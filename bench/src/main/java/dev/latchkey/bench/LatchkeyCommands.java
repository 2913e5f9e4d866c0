package dev.latchkey.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@link ColdCommand} in a new JVM with this benchmark's class path. */
final class LatchkeyCommands implements ToolCommands {
    private final Path home;
    private final String password;

    LatchkeyCommands(Path home, char[] password) {
        this.home = home;
        this.password = new String(password) + "\n";
    }

    @Override
    public String name() {
        return "Latchkey";
    }

    private List<String> java(String keychain, String... rest) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ColdCommand.class.getName());
        cmd.add(home.toString());
        cmd.add(keychain);
        cmd.addAll(List.of(rest));
        return cmd;
    }

    @Override
    public List<String> open(String database) {
        return java(database, "open");
    }

    @Override
    public List<String> search(String database, String term) {
        return java(database, "search", term);
    }

    @Override
    public List<String> show(String database, SampleItem item) {
        return java(database, "show", item.service(), item.account());
    }

    @Override
    public String stdin() {
        return password;
    }
}
