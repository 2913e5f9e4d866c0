package dev.latchkey.crypto.trust;

import static dev.latchkey.crypto.testing.TestPki.DURING;
import static dev.latchkey.crypto.testing.TestPki.cert;
import static dev.latchkey.crypto.testing.TestPki.rootCa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.testing.TestPki.Issued;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.junit.jupiter.api.Test;

/** Policy-specific checks: usages, names, algorithms and keys, constraints. */
class PolicyChecksTest {
    private final Issued root = rootCa("CN=Policy Root");
    private final TrustStore store = TrustStore.builder().addAnchor(root.cert()).build();

    private TrustResult evaluate(Issued leaf, TrustPolicy policy, Issued... intermediates) {
        return new TrustEvaluator(store).evaluate(leaf.cert(),
                java.util.Arrays.stream(intermediates).map(Issued::cert).toList(), policy, DURING);
    }

    private static List<FindingCode> codes(TrustResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    @Test
    void sslNeedsTheHostInTheSanNotTheCommonName() {
        Issued cnOnly = cert("CN=www.example.test").eku(KeyPurposeId.id_kp_serverAuth).issuedBy(root);
        Issued named = cert("CN=x").dns("*.example.test").altName(new GeneralName(GeneralName.iPAddress, "192.0.2.1"))
                .eku(KeyPurposeId.id_kp_serverAuth).issuedBy(root);

        assertThat(codes(evaluate(cnOnly, TrustPolicy.sslServer("www.example.test"))))
                .containsExactly(FindingCode.NO_SUBJECT_ALT_NAME);
        assertThat(evaluate(named, TrustPolicy.sslServer("WWW.Example.Test.")).trusted()).isTrue();
        assertThat(evaluate(named, TrustPolicy.sslServer("192.0.2.1")).trusted()).isTrue();
        TrustResult wrong = evaluate(named, TrustPolicy.sslServer("a.b.example.test"));
        assertThat(codes(wrong)).containsExactly(FindingCode.HOST_NAME_MISMATCH);
        assertThat(wrong.findings().get(0).message()).contains("*.example.test").contains("192.0.2.1");
    }

    @Test
    void extendedKeyUsageMustAllowThePolicy() {
        Issued client = cert("CN=client").dns("c.example.test").eku(KeyPurposeId.id_kp_clientAuth).issuedBy(root);
        Issued noEku = cert("CN=plain").dns("p.example.test").issuedBy(root);
        Issued signer = cert("CN=signer").eku(KeyPurposeId.id_kp_codeSigning).issuedBy(root);

        assertThat(codes(evaluate(client, TrustPolicy.sslServer("c.example.test"))))
                .containsExactly(FindingCode.EXTENDED_KEY_USAGE);
        assertThat(evaluate(client, TrustPolicy.sslClient()).trusted()).isTrue();
        assertThat(evaluate(noEku, TrustPolicy.sslServer("p.example.test")).trusted()).isTrue();
        assertThat(codes(evaluate(noEku, TrustPolicy.codeSigning()))).containsExactly(FindingCode.EXTENDED_KEY_USAGE);
        assertThat(evaluate(signer, TrustPolicy.codeSigning()).trusted()).isTrue();
    }

    @Test
    void aCaRestrictedToOtherPurposesCannotIssueForThisOne() {
        Issued mailCa = cert("CN=Mail CA").ca(0).eku(KeyPurposeId.id_kp_emailProtection).issuedBy(root);
        Issued server = cert("CN=server").dns("s.example.test").issuedBy(mailCa);

        TrustResult result = evaluate(server, TrustPolicy.sslServer("s.example.test"), mailCa);

        assertThat(result.findingsFor(1)).extracting(Finding::code).containsExactly(FindingCode.EXTENDED_KEY_USAGE);
    }

    @Test
    void keyUsageMustAllowThePolicy() {
        Issued encryptOnly = cert("CN=enc").dns("e.example.test").keyUsage(KeyUsage.dataEncipherment).issuedBy(root);

        assertThat(codes(evaluate(encryptOnly, TrustPolicy.sslServer("e.example.test"))))
                .containsExactly(FindingCode.KEY_USAGE);
        assertThat(evaluate(encryptOnly, TrustPolicy.basic()).trusted()).isTrue();
    }

    @Test
    void smimeMatchesTheAddress() {
        Issued mail = cert("CN=Alice").altName(new GeneralName(GeneralName.rfc822Name, "alice@example.test"))
                .eku(KeyPurposeId.id_kp_emailProtection).issuedBy(root);

        assertThat(evaluate(mail, TrustPolicy.smime("Alice@Example.Test")).trusted()).isTrue();
        assertThat(codes(evaluate(mail, TrustPolicy.smime("bob@example.test")))).containsExactly(FindingCode.EMAIL_MISMATCH);
    }

    @Test
    void sha1AndMd5Signatures() {
        Issued sha1 = cert("CN=old").dns("old.example.test").signature("SHA1withECDSA").issuedBy(root);
        Issued rsaRoot = cert("CN=RSA root").keys(dev.latchkey.crypto.keypair.KeyAlgorithm.RSA_2048).ca(null).selfSigned();
        Issued md5 = cert("CN=ancient").signature("MD5withRSA").issuedBy(rsaRoot);

        assertThat(codes(evaluate(sha1, TrustPolicy.sslServer("old.example.test"))))
                .containsExactly(FindingCode.WEAK_SIGNATURE_ALGORITHM);
        assertThat(evaluate(sha1, TrustPolicy.basic()).trusted()).isTrue();
        TrustResult md5Result = new TrustEvaluator(TrustStore.builder().addAnchor(rsaRoot.cert()).build())
                .evaluate(md5.cert(), List.of(), TrustPolicy.basic(), DURING);
        assertThat(md5Result.result()).isEqualTo(TrustResultType.FATAL_TRUST_FAILURE);
        assertThat(codes(md5Result)).containsExactly(FindingCode.INSECURE_SIGNATURE_ALGORITHM);
    }

    @Test
    void smallRsaKeysAndOddCurvesFailSsl() throws Exception {
        Issued small = cert("CN=small").keys(TestPki.keyPair("RSA", 1024)).dns("s.example.test").issuedBy(root);
        Issued koblitz = cert("CN=k1").keys(TestPki.keyPair("EC", new ECGenParameterSpec("secp256k1")))
                .dns("k.example.test").issuedBy(root);

        assertThat(codes(evaluate(small, TrustPolicy.sslServer("s.example.test")))).containsExactly(FindingCode.WEAK_KEY);
        assertThat(evaluate(small, TrustPolicy.basic()).trusted()).isTrue();
        assertThat(codes(evaluate(koblitz, TrustPolicy.sslServer("k.example.test"))))
                .containsExactly(FindingCode.DISALLOWED_KEY_TYPE);
    }

    @Test
    void nameConstraintsOfDnsIpEmailAndDn() {
        NameConstraints constraints = new NameConstraints(new GeneralSubtree[] {
            new GeneralSubtree(new GeneralName(GeneralName.dNSName, "example.test")),
            new GeneralSubtree(new GeneralName(GeneralName.iPAddress, "192.0.2.0/24")),
            new GeneralSubtree(new GeneralName(GeneralName.rfc822Name, ".example.test")),
            new GeneralSubtree(new GeneralName(new X500Name("O=Allowed")))
        }, new GeneralSubtree[] {new GeneralSubtree(new GeneralName(GeneralName.dNSName, "secret.example.test"))});
        Issued ca = cert("CN=Constrained CA, O=Allowed").ca(0)
                .extension(Extension.nameConstraints, true, constraints).issuedBy(root);

        Issued good = cert("CN=good, O=Allowed").dns("a.example.test")
                .altName(new GeneralName(GeneralName.iPAddress, "192.0.2.9"))
                .altName(new GeneralName(GeneralName.rfc822Name, "x@mail.example.test")).issuedBy(ca);
        Issued otherDns = cert("CN=dns, O=Allowed").dns("example.org").issuedBy(ca);
        Issued excluded = cert("CN=ex, O=Allowed").dns("deep.secret.example.test").issuedBy(ca);
        Issued otherIp = cert("CN=ip, O=Allowed").altName(new GeneralName(GeneralName.iPAddress, "198.51.100.1")).issuedBy(ca);
        Issued otherDn = cert("CN=dn, O=Elsewhere").dns("b.example.test").issuedBy(ca);
        Issued otherMail = cert("CN=mail, O=Allowed").altName(new GeneralName(GeneralName.rfc822Name, "x@example.org")).issuedBy(ca);

        TrustResult goodResult = evaluate(good, TrustPolicy.basic(), ca);
        assertThat(goodResult.trusted()).as(goodResult.findings().toString()).isTrue();
        for (Issued bad : List.of(otherDns, excluded, otherIp, otherDn, otherMail)) {
            TrustResult result = evaluate(bad, TrustPolicy.basic(), ca);
            assertThat(result.result()).as(bad.cert().getSubjectX500Principal().getName())
                    .isEqualTo(TrustResultType.FATAL_TRUST_FAILURE);
            assertThat(codes(result)).containsExactly(FindingCode.NAME_CONSTRAINT_VIOLATION);
        }
    }

    @Test
    void aPermittedDirectoryNameBindsTheSubjectAndDirectoryNamesInTheSan() {
        NameConstraints permitted = new NameConstraints(new GeneralSubtree[] {
            new GeneralSubtree(new GeneralName(new X500Name("CN=foo")))}, null);
        Issued ca = cert("CN=DN CA").ca(0).extension(Extension.nameConstraints, true, permitted).issuedBy(root);
        Issued inside = cert("CN=foo").altName(new GeneralName(new X500Name("CN=foo")))
                .eku(KeyPurposeId.id_kp_serverAuth).issuedBy(ca);
        Issued subjectOutside = cert("CN=not-foo").altName(new GeneralName(new X500Name("CN=foo"))).issuedBy(ca);
        Issued sanOutside = cert("CN=foo").altName(new GeneralName(new X500Name("CN=not-foo"))).issuedBy(ca);

        TrustResult ssl = evaluate(inside, TrustPolicy.sslServer(null), ca);
        assertThat(ssl.trusted()).as(ssl.findings().toString()).isTrue();
        assertThat(codes(evaluate(inside, TrustPolicy.sslServer("foo.example.test"), ca)))
                .as("a directory name is no host name").containsExactly(FindingCode.NO_SUBJECT_ALT_NAME);
        for (Issued outside : List.of(subjectOutside, sanOutside)) {
            assertThat(codes(evaluate(outside, TrustPolicy.basic(), ca))).containsExactly(FindingCode.NAME_CONSTRAINT_VIOLATION);
        }
    }

    @Test
    void nameConstraintsMustBeCriticalExceptUnderTheCaBrowserForumProfile() {
        NameConstraints permitted = new NameConstraints(new GeneralSubtree[] {
            new GeneralSubtree(new GeneralName(GeneralName.dNSName, "example.test"))}, null);
        Issued critical = cert("CN=Critical NC CA").ca(0).extension(Extension.nameConstraints, true, permitted)
                .issuedBy(root);
        Issued nonCritical = cert("CN=Non-critical NC CA").ca(0).extension(Extension.nameConstraints, false, permitted)
                .issuedBy(root);
        Issued underCritical = cert("CN=a").dns("a.example.test").eku(KeyPurposeId.id_kp_serverAuth).issuedBy(critical);
        Issued underNonCritical = cert("CN=b").dns("b.example.test").eku(KeyPurposeId.id_kp_serverAuth)
                .issuedBy(nonCritical);

        assertThat(evaluate(underCritical, TrustPolicy.basic(), critical).trusted()).isTrue();
        TrustResult rfc5280 = evaluate(underNonCritical, TrustPolicy.basic(), nonCritical);
        assertThat(rfc5280.findingsFor(1)).extracting(Finding::code).containsExactly(FindingCode.PROFILE_VIOLATION);
        assertThat(rfc5280.findingsFor(1)).extracting(Finding::message)
                .containsExactly("The name constraints extension must be marked critical.");
        assertThat(rfc5280.findingsFor(0)).isEmpty();
        TrustResult webPki = evaluate(underNonCritical, TrustPolicy.sslServer("b.example.test"), nonCritical);
        assertThat(webPki.trusted()).as("CA/Browser Forum Baseline Requirements allow it: " + webPki.findings()).isTrue();
    }

    @Test
    void malformedNameConstraintsAreRejected() {
        NameConstraints wildcard = new NameConstraints(new GeneralSubtree[] {
            new GeneralSubtree(new GeneralName(GeneralName.dNSName, "*.example.test"))}, null);
        Issued ca = cert("CN=Bad NC CA").ca(0).extension(Extension.nameConstraints, true, wildcard).issuedBy(root);
        Issued leaf = cert("CN=leaf").dns("a.example.test").issuedBy(ca);

        assertThat(codes(evaluate(leaf, TrustPolicy.basic(), ca))).containsExactly(FindingCode.INVALID_NAME_CONSTRAINTS);
    }

    @Test
    void pathLengthAndCaFlagAreEnforced() {
        Issued limited = cert("CN=Limited CA").ca(0).issuedBy(root);
        Issued sub = cert("CN=Sub CA").ca(null).issuedBy(limited);
        Issued below = cert("CN=below").issuedBy(sub);
        Issued notCa = cert("CN=not a CA").keyUsage(KeyUsage.digitalSignature).issuedBy(root);
        Issued underLeaf = cert("CN=under leaf").issuedBy(notCa);

        assertThat(evaluate(below, TrustPolicy.basic(), limited, sub).findingsFor(1)).extracting(Finding::code)
                .containsExactly(FindingCode.PATH_LENGTH_EXCEEDED);
        assertThat(evaluate(underLeaf, TrustPolicy.basic(), notCa).findingsFor(1)).extracting(Finding::code)
                .containsExactly(FindingCode.NOT_A_CA, FindingCode.KEY_CERT_SIGN_NOT_ALLOWED);
    }

    @Test
    void unknownCriticalExtensionsFailButUnknownNonCriticalOnesDoNot() {
        ASN1ObjectIdentifier unknown = new ASN1ObjectIdentifier("1.3.6.1.4.1.55738.666.1");
        Issued critical = cert("CN=critical").extension(unknown, true, DERNull.INSTANCE).issuedBy(root);
        Issued plain = cert("CN=plain").extension(unknown, false, new DEROctetString(new byte[] {1})).issuedBy(root);

        assertThat(codes(evaluate(critical, TrustPolicy.basic()))).containsExactly(FindingCode.UNKNOWN_CRITICAL_EXTENSION);
        assertThat(evaluate(plain, TrustPolicy.basic()).trusted()).isTrue();
    }

    @Test
    void maxIntermediatesCountsOnlyNewCas() {
        Issued ca = cert("CN=CA 1").ca(null).issuedBy(root);
        Issued rekeyed = cert("CN=CA 1").ca(null).issuedBy(ca);
        Issued leaf = cert("CN=leaf").issuedBy(ca);
        Issued underRekeyed = cert("CN=leaf 2").issuedBy(rekeyed);

        assertThat(evaluate(leaf, TrustPolicy.basic().withMaxIntermediates(1), ca).trusted()).isTrue();
        TrustResult tooLong = evaluate(leaf, TrustPolicy.basic().withMaxIntermediates(0), ca);
        assertThat(codes(tooLong)).containsExactly(FindingCode.CHAIN_TOO_LONG);
        assertThat(tooLong.findings().get(0).message()).isEqualTo("The chain has 1 intermediate CA, more than the 0 allowed.");
        TrustResult selfIssued = evaluate(underRekeyed, TrustPolicy.basic().withMaxIntermediates(1), ca, rekeyed);
        assertThat(selfIssued.chain()).hasSize(4);
        assertThat(selfIssued.trusted()).as("a re-keyed CA's self-issued certificate is no new CA").isTrue();
        assertThat(codes(evaluate(underRekeyed, TrustPolicy.basic().withMaxIntermediates(0), ca, rekeyed)))
                .containsExactly(FindingCode.CHAIN_TOO_LONG);
        assertThatThrownBy(() -> TrustPolicy.basic().withMaxIntermediates(-2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLegacySystemRootIsGrandfatheredButTheSameRootGivenByHandIsNot() {
        Issued legacy = cert("CN=Legacy Root").keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                .extension(Extension.basicConstraints, false, new org.bouncycastle.asn1.x509.BasicConstraints(true))
                .selfSigned();
        Issued server = cert("CN=server").dns("s.example.test").issuedBy(legacy);
        TrustPolicy ssl = TrustPolicy.sslServer("s.example.test");

        TrustResult system = new TrustEvaluator(TrustStore.builder().addSystemRoot(legacy.cert()).build())
                .evaluate(server.cert(), List.of(), ssl, DURING);
        TrustResult byHand = new TrustEvaluator(TrustStore.builder().addAnchor(legacy.cert()).build())
                .evaluate(server.cert(), List.of(), ssl, DURING);

        assertThat(system.trusted()).as(system.findings().toString()).isTrue();
        assertThat(byHand.findingsFor(1)).extracting(Finding::message)
                .containsExactly("The CA certificate's basic constraints must be marked critical.");
    }
}
