package dev.latchkey.crypto.issuing;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.keypair.PublicKeyReader;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.pem.PemBlock;
import dev.latchkey.crypto.pem.PemReader;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.random.Randoms;
import dev.latchkey.crypto.x509.AltName;
import java.io.IOException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** A PKCS#10 certificate signing request: created for a key pair, read from PEM or DER, signed by a CA. */
public final class CertificationRequest {
    private final PKCS10CertificationRequest request;

    private CertificationRequest(PKCS10CertificationRequest request) {
        this.request = request;
    }

    /** A request for {@code subject} (and alternative names, sent as an extension request), signed by the key. */
    public static CertificationRequest create(KeyPair keys, X500Principal subject, List<AltName> altNames)
            throws IssuingException {
        try {
            JcaPKCS10CertificationRequestBuilder builder = new JcaPKCS10CertificationRequestBuilder(subject,
                    keys.getPublic());
            if (!altNames.isEmpty()) {
                ExtensionsGenerator extensions = new ExtensionsGenerator();
                extensions.addExtension(Extension.subjectAlternativeName, subject.getEncoded().length <= 2,
                        new GeneralNames(altNames.stream().map(AltName::toGeneralName).toArray(GeneralName[]::new)));
                builder.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate());
            }
            return new CertificationRequest(builder.build(new JcaContentSignerBuilder(
                    SignatureAlgorithms.forKey(keys.getPrivate())).setProvider(BouncyCastle.provider())
                    .setSecureRandom(Randoms.secureRandom()).build(keys.getPrivate())));
        } catch (IOException | OperatorCreationException e) {
            throw new IssuingException("The certificate request could not be created.", e);
        }
    }

    /** Reads a request from PEM ("CERTIFICATE REQUEST") or DER. */
    public static CertificationRequest read(byte[] data) throws DecodeException {
        byte[] der = data;
        if (data.length > 0 && data[0] != 0x30 && PemReader.containsPem(data)) {
            der = null;
            for (PemBlock block : PemReader.readAll(data)) {
                if (block.label().endsWith("CERTIFICATE REQUEST")) {
                    der = block.der();
                    break;
                }
            }
            if (der == null) {
                throw new DecodeException("The text holds no certificate request.");
            }
        }
        try {
            return new CertificationRequest(new PKCS10CertificationRequest(der));
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The data is not a valid certificate request.", e);
        }
    }

    public X500Principal subject() {
        try {
            return new X500Principal(request.getSubject().getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("a parsed name re-encodes", e);
        }
    }

    public PublicKey publicKey() throws DecodeException, UnsupportedFormatException {
        try {
            return PublicKeyReader.subjectPublicKeyInfo(request.getSubjectPublicKeyInfo().getEncoded());
        } catch (IOException e) {
            throw new DecodeException("The request's public key is damaged.", e);
        }
    }

    /** The DNS, IP, e-mail and URI names the request asks for. */
    public List<AltName> altNames() {
        List<AltName> names = new ArrayList<>();
        for (Attribute attribute : request.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
            if (attribute.getAttrValues().size() == 0) {
                continue;
            }
            Extensions extensions = Extensions.getInstance(attribute.getAttrValues().getObjectAt(0));
            GeneralNames san = GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
            if (san == null) {
                continue;
            }
            for (GeneralName name : san.getNames()) {
                switch (name.getTagNo()) {
                    case GeneralName.dNSName -> names.add(AltName.dns(ASN1IA5String.getInstance(name.getName()).getString()));
                    case GeneralName.rfc822Name -> names.add(AltName.email(ASN1IA5String.getInstance(name.getName()).getString()));
                    case GeneralName.uniformResourceIdentifier ->
                            names.add(AltName.uri(ASN1IA5String.getInstance(name.getName()).getString()));
                    case GeneralName.iPAddress -> names.add(AltName.ip(ipText(ASN1OctetString.getInstance(name.getName()).getOctets())));
                    default -> {
                    }
                }
            }
        }
        return names;
    }

    /** True when the request is signed by the key it carries (proof of possession). */
    public boolean signatureValid() {
        try {
            return request.isSignatureValid(new JcaContentVerifierProviderBuilder()
                    .setProvider(BouncyCastle.provider()).build(request.getSubjectPublicKeyInfo()));
        } catch (OperatorCreationException | PKCSException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Issues the requested certificate from {@code issuer}. The spec's subject and names win;
     * when it has none, the request's are used. The request's signature must verify.
     */
    public X509Certificate sign(Identity issuer, CertificateSpec spec) throws IssuingException {
        if (!signatureValid()) {
            throw new IssuingException("The certificate request's signature is not valid.");
        }
        CertificateSpec effective = spec;
        if (spec.subject() == null || spec.altNames().isEmpty()) {
            effective = new CertificateSpec(spec.subject() != null ? spec.subject() : subject(),
                    spec.altNames().isEmpty() ? altNames() : spec.altNames(), spec.keyUsage(), spec.purposes(),
                    spec.notBefore(), spec.notAfter(), spec.certificateAuthority(), spec.pathLength());
        }
        try {
            return CertificateIssuer.issueAs(issuer, publicKey(), effective);
        } catch (DecodeException | UnsupportedFormatException e) {
            throw new IssuingException("The certificate request's public key cannot be used.", e);
        }
    }

    public byte[] encoded() {
        try {
            return request.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("a parsed request re-encodes", e);
        }
    }

    public String pem() {
        return PemWriter.encode(PemWriter.CERTIFICATE_REQUEST, encoded());
    }

    private static String ipText(byte[] octets) {
        try {
            return java.net.InetAddress.getByAddress(octets).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("an IP address has 4 or 16 bytes", e);
        }
    }
}
