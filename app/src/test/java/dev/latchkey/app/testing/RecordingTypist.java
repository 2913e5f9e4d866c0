package dev.latchkey.app.testing;

import dev.latchkey.app.autotype.AutoTypeException;
import dev.latchkey.app.autotype.AutoTypeSequence;
import dev.latchkey.app.autotype.Typist;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Typist} for view-model tests and headless flows: records what it would type, as
 * text with keys in angle brackets ({@code alice<Tab>secret<Return>}), or says it is unavailable.
 */
public final class RecordingTypist implements Typist {
    public final List<String> typed = new ArrayList<>();
    private Unavailable unavailable;

    public RecordingTypist unavailable(Unavailable reason) {
        this.unavailable = reason;
        return this;
    }

    @Override
    public Optional<Unavailable> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    @Override
    public Optional<Unavailable> caveat() {
        return Optional.empty();
    }

    @Override
    public void type(AutoTypeSequence sequence, Values values) throws AutoTypeException {
        if (unavailable != null) {
            throw new AutoTypeException("unavailable: " + unavailable);
        }
        StringBuilder out = new StringBuilder();
        for (AutoTypeSequence.Step step : sequence.steps()) {
            if (step instanceof AutoTypeSequence.Value v) {
                out.append(values.get(v.field()));
            } else if (step instanceof AutoTypeSequence.Text t) {
                out.append(t.text());
            } else if (step instanceof AutoTypeSequence.Key k) {
                out.append('<').append(k.keysym()).append('>');
            } else if (step instanceof AutoTypeSequence.Delay d) {
                out.append("<delay ").append(d.duration().toMillis()).append('>');
            }
        }
        typed.add(out.toString());
    }
}
