package dev.latchkey.crypto.keypair;

import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.provider.BouncyCastle;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.DSAPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.DSAPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import org.bouncycastle.jcajce.interfaces.EdDSAPrivateKey;
import org.bouncycastle.jcajce.interfaces.XDHPrivateKey;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.math.ec.ECPoint;

/** Derives the public half of a private key, and tells whether a certificate's key matches one. */
public final class KeyMatch {
    private KeyMatch() {
    }

    public static PublicKey publicKeyOf(PrivateKey privateKey) throws UnsupportedFormatException {
        try {
            PrivateKey key = privateKey;
            if (key instanceof java.security.interfaces.ECPrivateKey && !(key instanceof ECPrivateKey)) {
                key = (PrivateKey) KeyFactory.getInstance("EC", BouncyCastle.provider()).translateKey(key);
            }
            if (key instanceof RSAPrivateCrtKey rsa) {
                return KeyFactory.getInstance(rsa.getAlgorithm(), BouncyCastle.provider())
                        .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            }
            if (key instanceof ECPrivateKey ec) {
                ECPoint q = ec.getParameters().getG().multiply(ec.getD()).normalize();
                return KeyFactory.getInstance("EC", BouncyCastle.provider())
                        .generatePublic(new ECPublicKeySpec(q, ec.getParameters()));
            }
            if (key instanceof EdDSAPrivateKey ed) {
                return ed.getPublicKey();
            }
            if (key instanceof XDHPrivateKey x) {
                return x.getPublicKey();
            }
            if (key instanceof DSAPrivateKey dsa) {
                var p = dsa.getParams();
                BigInteger y = p.getG().modPow(dsa.getX(), p.getP());
                return KeyFactory.getInstance("DSA", BouncyCastle.provider())
                        .generatePublic(new DSAPublicKeySpec(y, p.getP(), p.getQ(), p.getG()));
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new UnsupportedFormatException("The public key of this " + privateKey.getAlgorithm()
                    + " private key cannot be derived.", e);
        }
        throw new UnsupportedFormatException("Keys of type " + privateKey.getAlgorithm() + " are not supported.");
    }

    /** True when {@code publicKey} is the public half of {@code privateKey}. */
    public static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        try {
            return samePublicKey(publicKeyOf(privateKey), publicKey);
        } catch (UnsupportedFormatException e) {
            return false;
        }
    }

    /** True when both are the same key, whatever provider or parameter encoding made them. */
    public static boolean samePublicKey(PublicKey derived, PublicKey publicKey) {
        if (derived instanceof RSAPublicKey a && publicKey instanceof RSAPublicKey b) {
            return a.getModulus().equals(b.getModulus()) && a.getPublicExponent().equals(b.getPublicExponent());
        }
        if (derived instanceof ECPublicKey a && publicKey instanceof ECPublicKey b) {
            return a.getW().equals(b.getW())
                    && a.getParams().getCurve().equals(b.getParams().getCurve());
        }
        return Arrays.equals(subjectPublicKey(derived), subjectPublicKey(publicKey));
    }

    private static byte[] subjectPublicKey(PublicKey key) {
        try {
            return org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(key.getEncoded())
                    .getPublicKeyData().getBytes();
        } catch (RuntimeException e) {
            return new byte[0];
        }
    }
}
