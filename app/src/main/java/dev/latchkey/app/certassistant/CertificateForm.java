package dev.latchkey.app.certassistant;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.crypto.issuing.CertificateSpec;
import dev.latchkey.crypto.x509.AltName;
import dev.latchkey.crypto.x509.KeyPurpose;
import dev.latchkey.crypto.x509.KeyUsageBit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javax.security.auth.x500.X500Principal;

/**
 * What a new certificate says beyond its subject, as a person fills it in: how many days it
 * is valid, for a certificate authority how many may follow it, and, when chosen by hand, its
 * key usage and purposes. Checked as it is typed; a pure form, with nothing to run or store.
 */
public final class CertificateForm {
    static final int MAX_DAYS = 36_500;

    private final Messages messages;
    private final StringProperty validityDays = new SimpleStringProperty("365");
    private final BooleanProperty intermediate = new SimpleBooleanProperty();
    private final StringProperty pathLength = new SimpleStringProperty("");
    private final BooleanProperty customUsage = new SimpleBooleanProperty();
    private final BooleanProperty customPurposes = new SimpleBooleanProperty();
    private final Map<KeyUsageBit, BooleanProperty> usage = new EnumMap<>(KeyUsageBit.class);
    private final Map<KeyPurpose, BooleanProperty> purposes = new EnumMap<>(KeyPurpose.class);
    private final StringBinding daysProblem;
    private final StringBinding pathLengthProblem;

    public CertificateForm(Messages messages) {
        this.messages = messages;
        for (KeyUsageBit bit : KeyUsageBit.values()) {
            usage.put(bit, new SimpleBooleanProperty());
        }
        for (KeyPurpose p : KeyPurpose.values()) {
            purposes.put(p, new SimpleBooleanProperty());
        }
        daysProblem = Bindings.createStringBinding(() -> days() < 0 ? messages.get("certAssistant.badDays", MAX_DAYS) : "",
                validityDays);
        pathLengthProblem = Bindings.createStringBinding(() -> pathLengthValue() == -2
                ? messages.get("certAssistant.badPathLength") : "", pathLength);
    }

    /** What {@link #problem} depends on. */
    List<Observable> dependencies() {
        List<Observable> all = new ArrayList<>(List.of(validityDays, intermediate, pathLength, customUsage,
                customPurposes));
        all.addAll(usage.values());
        all.addAll(purposes.values());
        return all;
    }

    /** Back to the defaults for a new task: ten years for a certificate authority, else one. */
    void reset(boolean certificateAuthority) {
        validityDays.set(certificateAuthority ? "3650" : "365");
        if (certificateAuthority) {
            pathLength.set("");
        }
        customUsage.set(false);
        customPurposes.set(false);
    }

    /** The first thing to fix, or empty; the path length counts only for a certificate authority. */
    String problem(boolean certificateAuthority) {
        if (!daysProblem.get().isEmpty()) {
            return daysProblem.get();
        }
        if (certificateAuthority && !pathLengthProblem.get().isEmpty()) {
            return pathLengthProblem.get();
        }
        if (customUsage.get() && usage.values().stream().noneMatch(BooleanProperty::get)) {
            return messages.get("certAssistant.noUsage");
        }
        if (customPurposes.get() && purposes.values().stream().noneMatch(BooleanProperty::get)) {
            return messages.get("certAssistant.noPurpose");
        }
        return "";
    }

    /** The validity in days, or -1 when it is not a number from 1 to {@link #MAX_DAYS}. */
    private int days() {
        try {
            int d = Integer.parseInt(validityDays.get().strip());
            return d >= 1 && d <= MAX_DAYS ? d : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The path length, -1 for "no limit" (empty), -2 when it is not a number from 0 to 99. */
    private int pathLengthValue() {
        String text = pathLength.get().strip();
        if (text.isEmpty()) {
            return -1;
        }
        try {
            int n = Integer.parseInt(text);
            return n >= 0 && n <= 99 ? n : -2;
        } catch (NumberFormatException e) {
            return -2;
        }
    }

    /** The certificate's specification; call only when {@link #problem} is empty. A null subject: the request's. */
    CertificateSpec spec(X500Principal subject, List<AltName> altNames, Instant notBefore,
            boolean certificateAuthority) {
        CertificateSpec.Builder b = CertificateSpec.builder(subject);
        altNames.forEach(b::altName);
        usage.forEach((bit, on) -> {
            if (customUsage.get() && on.get()) {
                b.keyUsage(bit);
            }
        });
        purposes.forEach((p, on) -> {
            if (customPurposes.get() && on.get()) {
                b.purposes(p);
            }
        });
        b.notBefore(notBefore).validFor(Duration.ofDays(days()));
        if (certificateAuthority) {
            int n = pathLengthValue();
            b.certificateAuthority(n < 0 ? null : n);
        }
        return b.build();
    }

    public StringProperty validityDaysProperty() {
        return validityDays;
    }

    /** When issuing: the new certificate is an intermediate certificate authority. */
    public BooleanProperty intermediateProperty() {
        return intermediate;
    }

    /** For a CA: how many CAs may follow it (empty: no limit). */
    public StringProperty pathLengthProperty() {
        return pathLength;
    }

    public BooleanProperty customUsageProperty() {
        return customUsage;
    }

    public BooleanProperty usageProperty(KeyUsageBit bit) {
        return usage.get(bit);
    }

    public BooleanProperty customPurposesProperty() {
        return customPurposes;
    }

    public BooleanProperty purposeProperty(KeyPurpose purpose) {
        return purposes.get(purpose);
    }

    public StringBinding daysProblemBinding() {
        return daysProblem;
    }

    public StringBinding pathLengthProblemBinding() {
        return pathLengthProblem;
    }
}
