package dev.latchkey.crypto.transform;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.pem.PemBlock;
import dev.latchkey.crypto.pem.PemReader;
import dev.latchkey.crypto.pem.PemWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** The encode/decode transforms: Base64 (RFC 4648, 64-column lines as openssl writes), hex, and PEM. */
public enum Encoding {
    BASE64, HEX, PEM;

    /**
     * @param pemLabel the PEM block's label ("CERTIFICATE"); only for {@link #PEM}
     */
    public byte[] encode(byte[] data, String pemLabel) {
        String text = switch (this) {
            case BASE64 -> Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(data) + "\n";
            case HEX -> HexFormat.of().formatHex(data) + "\n";
            case PEM -> PemWriter.encode(pemLabel == null ? "DATA" : pemLabel.toUpperCase(Locale.ROOT), data);
        };
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Decodes text in this encoding; whitespace between characters is ignored. */
    public byte[] decode(byte[] text) throws DecodeException {
        String s = new String(text, StandardCharsets.US_ASCII);
        try {
            return switch (this) {
                case BASE64 -> Base64.getDecoder().decode(s.replaceAll("\\s", ""));
                case HEX -> HexFormat.of().parseHex(s.replaceAll("\\s", "").replaceFirst("^0[xX]", ""));
                case PEM -> {
                    PemBlock block = PemReader.readAll(text).get(0);
                    yield block.der();
                }
            };
        } catch (IllegalArgumentException e) {
            throw new DecodeException("The input is not valid " + (this == HEX ? "hex" : "Base64") + " ("
                    + e.getMessage() + ").", e);
        }
    }
}
