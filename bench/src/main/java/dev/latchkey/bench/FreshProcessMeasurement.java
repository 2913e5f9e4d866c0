package dev.latchkey.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Open, search and show, each as one fresh process of a tool, on the large database and on a
 * one-entry database with the same KDF settings. The one-entry run costs process start, key
 * derivation and opening a trivial file; subtracting its median from the large run's median
 * leaves what the 100,000 entries cost. Large and small runs alternate, so machine noise hits
 * both alike.
 */
final class FreshProcessMeasurement {
    enum Operation {
        OPEN("open / unlock"), SEARCH("free-text search"), SHOW("show one entry (exact find)");

        final String title;

        Operation(String title) {
            this.title = title;
        }
    }

    /** Medians of the large-database runs and of the one-entry baseline. */
    record Figures(Timings raw, Timings baseline) {
        long withoutStartAndKdf() {
            return raw.median() - baseline.median();
        }
    }

    private final ToolCommands tool;
    private final TimedProcess processes;
    private final PrintStream log;

    FreshProcessMeasurement(ToolCommands tool, TimedProcess processes, PrintStream log) {
        this.tool = tool;
        this.processes = processes;
        this.log = log;
    }

    /**
     * @param large the database with every item
     * @param small a database holding only {@code workload.lookups().get(0)}
     * @param exactHits whether search output must list exactly Latchkey's expected hits
     */
    Map<Operation, Figures> run(String large, String small, Workload workload, int runs, boolean exactHits)
            throws IOException, InterruptedException {
        // One untimed pass brings the binaries and files into the page cache.
        exec(tool.open(large));
        exec(tool.open(small));
        Map<Operation, Figures> out = new EnumMap<>(Operation.class);
        List<String> terms = List.copyOf(workload.expectedHits().keySet());
        for (Operation op : Operation.values()) {
            Figures f = new Figures(new Timings(), new Timings());
            for (int r = 0; r < runs; r++) {
                String term = terms.get(r % terms.size());
                SampleItem item = workload.lookups().get(r % workload.lookups().size());
                List<String> big = switch (op) {
                    case OPEN -> tool.open(large);
                    case SEARCH -> tool.search(large, term);
                    case SHOW -> tool.show(large, item);
                };
                List<String> baseline = switch (op) {
                    case OPEN -> tool.open(small);
                    case SEARCH -> tool.search(small, term);
                    case SHOW -> tool.show(small, workload.lookups().get(0));
                };
                TimedProcess.Outcome o = op == Operation.SEARCH ? search(big) : exec(big);
                if (op == Operation.SEARCH) {
                    long lines = o.stdout().lines().count();
                    InProcessMeasurement.check(!exactHits || lines == workload.expectedHits().get(term),
                            tool.name() + " search \"" + term + "\" listed " + lines + " items, expected "
                                    + workload.expectedHits().get(term));
                    log.printf("  %s search \"%s\": %d entries listed%n", tool.name(), term, lines);
                }
                if (op == Operation.SHOW) {
                    InProcessMeasurement.check(o.stdout().contains(item.account()),
                            tool.name() + " show did not print the entry's account");
                }
                f.raw().add(o.nanos());
                f.baseline().add((op == Operation.SEARCH ? search(baseline) : exec(baseline)).nanos());
            }
            log.printf("  %s %s: %s; one-entry baseline %s%n", tool.name(), op.title, f.raw().summary(),
                    f.baseline().summary());
            out.put(op, f);
        }
        return out;
    }

    private TimedProcess.Outcome exec(List<String> command) throws IOException, InterruptedException {
        return processes.run(command, tool.stdin()).requireSuccess(command);
    }

    /** keepassxc-cli exits with 1 and says so when a search finds nothing. */
    private TimedProcess.Outcome search(List<String> command) throws IOException, InterruptedException {
        TimedProcess.Outcome o = processes.run(command, tool.stdin());
        if (o.exitCode() == 1 && o.stdout().isEmpty() && o.stderr().contains("No results")) {
            return o;
        }
        return o.requireSuccess(command);
    }
}
