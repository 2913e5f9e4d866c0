package dev.latchkey.bench;

import dev.latchkey.bench.FreshProcessMeasurement.Figures;
import dev.latchkey.bench.FreshProcessMeasurement.Operation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The two result tables: issue 2's targets, and one command per fresh process. */
final class ReportTable {
    private static final long SECOND = 1_000_000_000L;
    private static final long MILLI = 1_000_000L;

    private final PrintStream out;

    ReportTable(PrintStream out) {
        this.out = out;
    }

    /**
     * Prints both tables ({@code latchkeyCommands} and {@code peer} are null when not measured).
     * Returns whether every target was met.
     */
    boolean print(int items, InProcessMeasurement.Result latchkey, Map<Operation, Figures> latchkeyCommands,
            KeePassXcMeasurement.Result peer) {
        out.println();
        out.printf("Latchkey, %,d items, in one process (the targets of issue 2)%n", items);
        out.println("keepassxc-cli: one command per process, minus the same command on a one-entry database with"
                + " the same KDF (process start + KDF + opening)");
        out.println("ratio = Latchkey / keepassxc-cli; below 1 means Latchkey takes less time");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"operation", "Latchkey", "keepassxc-cli", "ratio", "target", "result"});
        boolean pass = true;
        pass &= row(rows, String.format(Locale.ROOT, "add %,d items (addAll)", items), latchkey.addNanos(), null,
                20 * SECOND, "≤ 20 s");
        pass &= row(rows, "unlock / open, KDF excluded (median)", latchkey.unlockWithoutKdf().median(),
                peer == null ? null : peer.figures().get(Operation.OPEN).withoutStartAndKdf(), SECOND, "≤ 1 s");
        pass &= row(rows, "exact find service+account / show (median)", latchkey.find().median(),
                peer == null ? null : peer.figures().get(Operation.SHOW).withoutStartAndKdf(), MILLI, "≤ 1 ms");
        pass &= row(rows, "free-text search (median)", latchkey.search().median(),
                peer == null ? null : peer.figures().get(Operation.SEARCH).withoutStartAndKdf(), 20 * MILLI, "≤ 20 ms");
        print(rows);
        if (items != 100_000) {
            out.println("(the targets are stated for 100,000 items)");
        }

        if (latchkeyCommands == null) {
            return pass;
        }
        out.println();
        out.println("One command in a fresh process, medians (Latchkey: a new JVM that unlocks, does the"
                + " operation and locks; keepassxc-cli: one command)");
        out.println("\"excl.\" = minus the same command on a one-entry database with the same KDF"
                + " (process start + KDF + opening)");
        rows.clear();
        rows.add(new String[] {"operation", "Latchkey raw", "Latchkey excl.", "keepassxc-cli raw",
            "keepassxc-cli excl.", "ratio raw", "ratio excl."});
        for (Operation op : Operation.values()) {
            Figures l = latchkeyCommands.get(op);
            Figures k = peer == null ? null : peer.figures().get(op);
            rows.add(new String[] {op.title, Durations.format(l.raw().median()), Durations.format(l.withoutStartAndKdf()),
                k == null ? "—" : Durations.format(k.raw().median()),
                k == null ? "—" : Durations.format(k.withoutStartAndKdf()),
                k == null ? "—" : ratio(l.raw().median(), k.raw().median()),
                k == null ? "—" : ratio(l.withoutStartAndKdf(), k.withoutStartAndKdf())});
        }
        print(rows);
        return pass;
    }

    private static boolean row(List<String[]> rows, String name, long latchkey, Long peer, long limit, String target) {
        boolean ok = latchkey <= limit;
        rows.add(new String[] {name, Durations.format(latchkey), peer == null ? "—" : Durations.format(peer),
            peer == null ? "—" : ratio(latchkey, peer), target, ok ? "PASS" : "FAIL"});
        return ok;
    }

    private static String ratio(long latchkey, long peer) {
        return peer <= 0 ? "n/a" : String.format(Locale.ROOT, "%.3g", (double) latchkey / peer);
    }

    private void print(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (int n = 0; n < rows.size(); n++) {
            StringBuilder sb = new StringBuilder("| ");
            for (int i = 0; i < widths.length; i++) {
                String cell = rows.get(n)[i];
                boolean left = i == 0;
                String pad = " ".repeat(widths[i] - cell.length());
                sb.append(left ? cell + pad : pad + cell).append(" | ");
            }
            out.println(sb.toString().stripTrailing());
            if (n == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int i = 0; i < widths.length; i++) {
                    rule.append(i == 0 ? "-".repeat(widths[i] + 2) : "-".repeat(widths[i] + 1) + ":").append('|');
                }
                out.println(rule);
            }
        }
    }
}
