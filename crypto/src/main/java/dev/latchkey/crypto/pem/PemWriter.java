package dev.latchkey.crypto.pem;

import java.util.Base64;

/** Writes PEM blocks: Base64 in 64-character lines between BEGIN and END lines, LF line ends. */
public final class PemWriter {
    public static final String CERTIFICATE = "CERTIFICATE";
    public static final String PRIVATE_KEY = "PRIVATE KEY";
    public static final String ENCRYPTED_PRIVATE_KEY = "ENCRYPTED PRIVATE KEY";
    public static final String PUBLIC_KEY = "PUBLIC KEY";
    public static final String CERTIFICATE_REQUEST = "CERTIFICATE REQUEST";
    public static final String PKCS7 = "PKCS7";
    public static final String X509_CRL = "X509 CRL";

    private PemWriter() {
    }

    public static String encode(String label, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        StringBuilder out = new StringBuilder(base64.length() + 2 * label.length() + 40);
        out.append("-----BEGIN ").append(label).append("-----\n");
        if (!base64.isEmpty()) {
            out.append(base64).append('\n');
        }
        out.append("-----END ").append(label).append("-----\n");
        return out.toString();
    }

    /**
     * Encodes into a char array for secret content (a private key), so the caller can wipe it.
     * The Base64 step works on bytes that are wiped before returning.
     */
    public static char[] encodeSecret(String label, byte[] der) {
        byte[] base64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encode(der);
        String begin = "-----BEGIN " + label + "-----\n";
        String end = "\n-----END " + label + "-----\n";
        char[] out = new char[begin.length() + base64.length + end.length()];
        begin.getChars(0, begin.length(), out, 0);
        for (int i = 0; i < base64.length; i++) {
            out[begin.length() + i] = (char) base64[i];
        }
        end.getChars(0, end.length(), out, begin.length() + base64.length);
        java.util.Arrays.fill(base64, (byte) 0);
        return out;
    }
}
