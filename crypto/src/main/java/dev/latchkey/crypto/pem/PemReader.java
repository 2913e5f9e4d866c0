package dev.latchkey.crypto.pem;

import dev.latchkey.crypto.DecodeException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.util.io.pem.PemHeader;
import org.bouncycastle.util.io.pem.PemObject;

/** Reads every PEM block in a text, skipping text around and between the blocks. */
public final class PemReader {
    private static final String BEGIN = "-----BEGIN ";

    private PemReader() {
    }

    /** True when the data holds at least one PEM begin line (content sniffing, not validation). */
    public static boolean containsPem(byte[] data) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(BEGIN);
    }

    public static List<PemBlock> readAll(byte[] data) throws DecodeException {
        return readAll(new String(data, StandardCharsets.ISO_8859_1));
    }

    public static List<PemBlock> readAll(String text) throws DecodeException {
        List<PemBlock> blocks = new ArrayList<>();
        try (org.bouncycastle.util.io.pem.PemReader reader =
                new org.bouncycastle.util.io.pem.PemReader(new StringReader(text))) {
            for (PemObject object = reader.readPemObject(); object != null; object = reader.readPemObject()) {
                Map<String, String> headers = new LinkedHashMap<>();
                for (Object h : object.getHeaders()) {
                    PemHeader header = (PemHeader) h;
                    headers.put(header.getName(), header.getValue());
                }
                blocks.add(new PemBlock(object.getType(), headers, object.getContent()));
            }
        } catch (IOException | RuntimeException e) {
            // BC reports a missing END line as IOException and bad Base64 as a DecoderException.
            throw new DecodeException("The PEM text is damaged (block " + (blocks.size() + 1) + ").", e);
        }
        if (blocks.isEmpty()) {
            throw new DecodeException("The text holds no PEM block.");
        }
        return blocks;
    }
}
