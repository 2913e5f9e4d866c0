package dev.latchkey.app.certificates;

import java.util.List;

/** One titled group of an inspector's details ("Subject Name", "Extension: Key Usage"). */
public record DetailSection(String title, List<Row> rows) {
    public DetailSection {
        rows = List.copyOf(rows);
    }

    /** A label and its value; {@code code} values (hex, fingerprints) are shown in a fixed-width font. */
    public record Row(String label, String value, boolean code) {
    }

    /** The value of the first row labelled {@code label}, for tests and accessibility. */
    public String value(String label) {
        return rows.stream().filter(r -> r.label().equals(label)).map(Row::value).findFirst().orElse(null);
    }
}
