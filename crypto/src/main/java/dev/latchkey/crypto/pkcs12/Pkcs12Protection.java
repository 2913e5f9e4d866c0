package dev.latchkey.crypto.pkcs12;

/** How a written PKCS#12 file protects its bags and MAC. */
public enum Pkcs12Protection {
    /** PBES2 (PBKDF2-HMAC-SHA-256, AES-256-CBC) for keys and certificates, HMAC-SHA-256 MAC: OpenSSL 3's choice. */
    AES_256_SHA256,
    /** pbeWithSHAAnd3-KeyTripleDES-CBC and an HMAC-SHA-1 MAC, for old importers (Windows 7, Java 8). */
    LEGACY_3DES_SHA1
}
