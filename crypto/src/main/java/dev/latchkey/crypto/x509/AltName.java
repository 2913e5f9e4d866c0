package dev.latchkey.crypto.x509;

import java.util.Objects;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.util.IPAddress;

/** A subject alternative name a person can type: DNS name, IP address, e-mail address or URI. */
public record AltName(Type type, String value) {
    public enum Type {
        DNS(GeneralName.dNSName), IP(GeneralName.iPAddress), EMAIL(GeneralName.rfc822Name),
        URI(GeneralName.uniformResourceIdentifier);

        private final int tag;

        Type(int tag) {
            this.tag = tag;
        }

        int tag() {
            return tag;
        }
    }

    public AltName {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an alternative name needs a value");
        }
        if (type == Type.IP && !isIpLiteral(value)) {
            throw new IllegalArgumentException("not an IP address: " + value);
        }
    }

    public static AltName dns(String name) {
        return new AltName(Type.DNS, name);
    }

    public static AltName ip(String address) {
        return new AltName(Type.IP, address);
    }

    public static AltName email(String address) {
        return new AltName(Type.EMAIL, address);
    }

    public static AltName uri(String uri) {
        return new AltName(Type.URI, uri);
    }

    /** The BC general name for this value. */
    public GeneralName toGeneralName() {
        return new GeneralName(type.tag(), type == Type.IP ? unbracket(value) : value);
    }

    /** True for a literal IPv4 or IPv6 address, optionally in brackets (no DNS lookup). */
    public static boolean isIpLiteral(String value) {
        String v = unbracket(value);
        return IPAddress.isValidIPv4(v) || IPAddress.isValidIPv6(v);
    }

    static String unbracket(String value) {
        return value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
    }
}
