package dev.latchkey.crypto.cms;

import java.util.Locale;

/** How a CMS message is written: binary DER, PEM ("-----BEGIN CMS-----") or an S/MIME entity. */
public enum CmsFormat {
    DER, PEM, SMIME;

    public static CmsFormat of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace("/", "").replace("-", ""));
    }
}
