package dev.latchkey.app.certassistant;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.crypto.x509.AltName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * The subject of a new certificate or request as a person fills it in: common name,
 * organisation, unit, country and e-mail address, plus alternative names (DNS names, IP
 * addresses, e-mail addresses, separated by commas or spaces), each checked as it is typed.
 */
public final class SubjectForm {
    private static final Pattern DNS_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private final Messages messages;
    private final StringProperty commonName = new SimpleStringProperty("");
    private final StringProperty organization = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty dnsNames = new SimpleStringProperty("");
    private final StringProperty ipAddresses = new SimpleStringProperty("");
    private final StringProperty emailNames = new SimpleStringProperty("");
    private final StringBinding countryProblem;
    private final StringBinding emailProblem;
    private final StringBinding dnsProblem;
    private final StringBinding ipProblem;
    private final StringBinding emailNamesProblem;

    public SubjectForm(Messages messages) {
        this.messages = messages;
        countryProblem = Bindings.createStringBinding(() -> country.get().isBlank()
                || COUNTRY.matcher(country.get().strip()).matches() ? "" : messages.get("certAssistant.badCountry"), country);
        emailProblem = Bindings.createStringBinding(() -> email.get().isBlank()
                || EMAIL.matcher(email.get().strip()).matches() ? "" : messages.get("certAssistant.badEmail", email.get().strip()),
                email);
        dnsProblem = Bindings.createStringBinding(() -> firstBad(dnsNames.get(), SubjectForm::isDnsName,
                "certAssistant.badDns"), dnsNames);
        ipProblem = Bindings.createStringBinding(() -> firstBad(ipAddresses.get(), AltName::isIpLiteral,
                "certAssistant.badIp"), ipAddresses);
        emailNamesProblem = Bindings.createStringBinding(() -> firstBad(emailNames.get(),
                e -> EMAIL.matcher(e).matches(), "certAssistant.badEmail"), emailNames);
    }

    /** A host name, or a wildcard one ({@code *.example.com}), as RFC 1123 allows. */
    static boolean isDnsName(String name) {
        String n = name.startsWith("*.") ? name.substring(2) : name;
        if (n.isEmpty() || n.length() > 253) {
            return false;
        }
        return Arrays.stream(n.split("\\.", -1)).allMatch(l -> DNS_LABEL.matcher(l).matches());
    }

    private String firstBad(String text, java.util.function.Predicate<String> ok, String key) {
        for (String value : split(text)) {
            if (!ok.test(value)) {
                return messages.get(key, value);
            }
        }
        return "";
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** The first problem of the form, or empty. */
    public String problem() {
        for (StringBinding b : List.of(countryProblem, emailProblem, dnsProblem, ipProblem, emailNamesProblem)) {
            if (!b.get().isEmpty()) {
                return b.get();
            }
        }
        return "";
    }

    /** True when there is neither a common name nor an alternative name: nothing names the subject. */
    public boolean isUnnamed() {
        return commonName.get().isBlank() && altNames().isEmpty();
    }

    /** The distinguished name: CN, OU, O, C and e-mail address, as far as they are filled in. */
    public X500Principal subject() {
        List<String> parts = new ArrayList<>();
        add(parts, "CN", commonName.get());
        add(parts, "OU", unit.get());
        add(parts, "O", organization.get());
        add(parts, "C", country.get().strip().toUpperCase(Locale.ROOT));
        add(parts, "EMAILADDRESS", email.get());
        return new X500Principal(String.join(",", parts));
    }

    private static void add(List<String> parts, String type, String value) {
        if (!value.isBlank()) {
            parts.add(type + "=" + Rdn.escapeValue(value.strip()));
        }
    }

    /** The alternative names; call only when {@link #problem()} is empty. */
    public List<AltName> altNames() {
        List<AltName> out = new ArrayList<>();
        if (!dnsProblem.get().isEmpty() || !ipProblem.get().isEmpty() || !emailNamesProblem.get().isEmpty()) {
            return out;
        }
        split(dnsNames.get()).forEach(n -> out.add(AltName.dns(n)));
        split(ipAddresses.get()).forEach(n -> out.add(AltName.ip(n)));
        split(emailNames.get()).forEach(n -> out.add(AltName.email(n)));
        return out;
    }

    public StringProperty commonNameProperty() {
        return commonName;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty emailProperty() {
        return email;
    }

    /** DNS names, separated by commas or spaces. */
    public StringProperty dnsNamesProperty() {
        return dnsNames;
    }

    public StringProperty ipAddressesProperty() {
        return ipAddresses;
    }

    public StringProperty emailNamesProperty() {
        return emailNames;
    }

    public StringBinding countryProblemBinding() {
        return countryProblem;
    }

    public StringBinding emailProblemBinding() {
        return emailProblem;
    }

    public StringBinding dnsProblemBinding() {
        return dnsProblem;
    }

    public StringBinding ipProblemBinding() {
        return ipProblem;
    }

    public StringBinding emailNamesProblemBinding() {
        return emailNamesProblem;
    }
}
