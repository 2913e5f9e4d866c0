package dev.latchkey.crypto.pem;

import java.util.Map;

/**
 * One {@code -----BEGIN LABEL-----} block: its label, its RFC 1421 headers (such as
 * {@code Proc-Type} and {@code DEK-Info} of a traditional encrypted key) and the decoded bytes.
 */
public record PemBlock(String label, Map<String, String> headers, byte[] der) {
    public PemBlock {
        headers = Map.copyOf(headers);
    }

    public PemBlock(String label, byte[] der) {
        this(label, Map.of(), der);
    }

    public boolean isEncryptedTraditionalKey() {
        String procType = headers.get("Proc-Type");
        return procType != null && procType.contains("ENCRYPTED");
    }

    @Override
    public String toString() {
        return "PemBlock[" + label + ", " + der.length + " bytes]";
    }
}
