package dev.latchkey.bench;

import java.nio.file.Path;

/**
 * Command-line options of the benchmark.
 *
 * @param items keychain size
 * @param batch items per {@code addAll} call; 0 adds everything in one call
 * @param unlocks in-process unlocks measured
 * @param commandRuns fresh-process runs per command (Latchkey and keepassxc-cli)
 * @param kdfMillis target time of one Latchkey key derivation (the app uses 700 ms)
 * @param seed seed of the generated items
 * @param work folder for keychains and databases, kept afterwards; null uses a temporary folder
 * @param peer whether to measure keepassxc-cli
 * @param freshProcesses whether to measure one command per fresh process (Latchkey and keepassxc-cli)
 * @param python the Python 3 that has pykeepass
 */
record BenchOptions(int items, int batch, int unlocks, int commandRuns, int kdfMillis, long seed, Path work,
        boolean peer, boolean freshProcesses, String python) {

    static final String USAGE = """
            usage: java -jar bench/target/latchkey-bench.jar [options]
              --items N        keychain size (default 100000)
              --batch N        items per Keychain.addAll call, 0 = all in one call (default 0)
              --unlocks N      in-process unlocks to measure (default 5)
              --runs N         fresh-process runs per command, Latchkey and keepassxc-cli (default 3)
              --kdf-ms N       target time of one Latchkey Argon2id derivation (default 700, as the app)
              --seed N         seed for the generated items (default 20260101)
              --work DIR       keep keychains and databases in DIR (default: a temporary folder, deleted)
              --no-peer        skip keepassxc-cli
              --in-process     only the in-process figures (no fresh processes, no keepassxc-cli)
              --python PATH    Python 3 with pykeepass (default /usr/bin/python3)
              --help           this text
            """;

    static BenchOptions parse(String[] args) {
        int items = 100_000;
        int batch = 0;
        int unlocks = 5;
        int runs = 3;
        int kdf = 700;
        long seed = 20260101L;
        Path work = null;
        boolean peer = true;
        boolean fresh = true;
        String python = "/usr/bin/python3";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--items" -> items = positive(a, value(args, ++i));
                case "--batch" -> batch = Integer.parseInt(value(args, ++i));
                case "--unlocks" -> unlocks = positive(a, value(args, ++i));
                case "--runs" -> runs = positive(a, value(args, ++i));
                case "--kdf-ms" -> kdf = positive(a, value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--work" -> work = Path.of(value(args, ++i));
                case "--no-peer" -> peer = false;
                case "--in-process" -> {
                    peer = false;
                    fresh = false;
                }
                case "--python" -> python = value(args, ++i);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return new BenchOptions(items, batch, unlocks, runs, kdf, seed, work, peer, fresh, python);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int positive(String option, String value) {
        int n = Integer.parseInt(value);
        if (n <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return n;
    }
}
