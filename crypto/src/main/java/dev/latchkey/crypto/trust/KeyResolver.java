package dev.latchkey.crypto.trust;

import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.provider.BouncyCastle;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.DSAPublicKey;
import java.security.spec.DSAPublicKeySpec;

/** The key that verifies signatures of a path certificate, with DSA parameters inherited from above (RFC 5280 §6.1.4 (f)). */
final class KeyResolver {
    private KeyResolver() {
    }

    static PublicKey keyOf(CandidatePath path, int index) throws UnsupportedFormatException {
        PublicKey key = path.get(index).publicKey();
        if (key instanceof DSAPublicKey dsa && dsa.getParams() == null) {
            for (int up = index + 1; up < path.size(); up++) {
                if (path.get(up).publicKey() instanceof DSAPublicKey parent && parent.getParams() != null) {
                    try {
                        return KeyFactory.getInstance("DSA", BouncyCastle.provider()).generatePublic(new DSAPublicKeySpec(
                                dsa.getY(), parent.getParams().getP(), parent.getParams().getQ(), parent.getParams().getG()));
                    } catch (GeneralSecurityException e) {
                        throw new UnsupportedFormatException("The inherited DSA parameters are not usable.", e);
                    }
                }
            }
            throw new UnsupportedFormatException("The DSA key has no parameters to inherit.");
        }
        return key;
    }
}
