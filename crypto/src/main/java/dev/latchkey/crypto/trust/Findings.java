package dev.latchkey.crypto.trust;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the findings of one candidate path. */
final class Findings {
    private final List<Finding> list = new ArrayList<>();

    void add(int index, FindingCode code, String message) {
        for (Finding f : list) {
            if (f.certIndex() == index && f.code() == code && f.message().equals(message)) {
                return;
            }
        }
        list.add(new Finding(index, code, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int count(Severity severity) {
        int n = 0;
        for (Finding f : list) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    List<Finding> sorted() {
        List<Finding> out = new ArrayList<>(list);
        out.sort(Comparator.comparingInt(Finding::certIndex));
        return out;
    }
}
