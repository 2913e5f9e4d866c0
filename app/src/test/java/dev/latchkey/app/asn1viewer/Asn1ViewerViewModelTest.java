package dev.latchkey.app.asn1viewer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.asn1.Asn1Node;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ASN.1 viewer without a stage: the tree, the details of the selection, and its bytes marked in the hex rows. */
class Asn1ViewerViewModelTest {
    @TempDir
    Path home;
    private TestKeychains t;
    private byte[] der;

    @BeforeEach
    void setUp() throws Exception {
        t = new TestKeychains(home);
        der = TestPki.get().leaf.certificate().getEncoded();
    }

    private Asn1ViewerViewModel viewer(byte[] data) {
        Asn1ViewerViewModel vm = new Asn1ViewerViewModel("www.example.test", () -> data, t.runner, t.messages);
        vm.load();
        return vm;
    }

    @Test
    void showsTheCertificateAndSelectsItsOuterSequence() {
        Asn1ViewerViewModel vm = viewer(der);
        assertThat(vm.title()).isEqualTo("ASN.1: www.example.test");
        assertThat(vm.summaryProperty().get()).isEqualTo(der.length + " bytes of DER/BER");
        assertThat(vm.roots()).singleElement().extracting(Asn1Node::name).isEqualTo("SEQUENCE");
        assertThat(vm.tagProperty().get()).isEqualTo("SEQUENCE, constructed (universal class, tag number 16)");
        assertThat(vm.positionProperty().get()).startsWith("Offset 0: header ");
        assertThat(vm.valueProperty().get()).isEqualTo("3 elements");
        assertThat(vm.rowCountProperty().get()).isEqualTo((der.length + 15) / 16);
        assertThat(vm.problemProperty().get()).isEmpty();
        HexRow first = vm.row(0);
        assertThat(first.offset()).isEqualTo("00000000");
        assertThat(first.bytes().get(0)).isEqualTo("30");
        assertThat(first.roles().subList(0, vm.roots().get(0).headerLength())).containsOnly(HexRow.Role.HEADER);
        assertThat(first.roles().get(vm.roots().get(0).headerLength())).isEqualTo(HexRow.Role.CONTENT);
    }

    @Test
    void selectingAnOidHighlightsOnlyItsBytesAndNamesIt() {
        Asn1ViewerViewModel vm = viewer(der);
        Asn1Node oid = find(vm.roots().get(0), "2.5.4.3 (CN)");
        vm.selectedProperty().set(oid);
        assertThat(vm.valueProperty().get()).isEqualTo("2.5.4.3 (CN)");
        assertThat(vm.label(oid)).isEqualTo("OBJECT IDENTIFIER  2.5.4.3 (CN)");
        assertThat(vm.focusRowProperty().get()).isEqualTo(oid.offset() / 16);
        int marked = 0;
        for (int r = 0; r < vm.rowCountProperty().get(); r++) {
            List<HexRow.Role> roles = vm.row(r).roles();
            for (int i = 0; i < roles.size(); i++) {
                int offset = r * 16 + i;
                boolean inside = offset >= oid.offset() && offset < oid.end();
                assertThat(roles.get(i) != HexRow.Role.PLAIN).as("byte " + offset).isEqualTo(inside);
                marked += inside ? 1 : 0;
            }
        }
        assertThat(marked).isEqualTo(5);
    }

    private static Asn1Node find(Asn1Node node, String value) {
        if (node.value().equals(value)) {
            return node;
        }
        return node.children().stream().map(c -> find(c, value)).filter(n -> n != null).findFirst().orElse(null);
    }

    @Test
    void pemShowsItsLabelAndMalformedDataWhereItStopped() {
        String pem = dev.latchkey.crypto.pem.PemWriter.encode("CERTIFICATE", der);
        assertThat(viewer(pem.getBytes(StandardCharsets.US_ASCII)).summaryProperty().get())
                .isEqualTo("PEM “CERTIFICATE”: " + der.length + " bytes of DER");

        Asn1ViewerViewModel cut = viewer(Arrays.copyOf(der, 100));
        assertThat(cut.problemProperty().get()).startsWith("Decoding stopped at offset 100: ");
        assertThat(cut.roots()).hasSize(1);
        HexRow last = cut.row(cut.rowCountProperty().get() - 1);
        assertThat(last.roles().get(last.roles().size() - 1)).isEqualTo(HexRow.Role.ERROR);

        Asn1ViewerViewModel garbage = viewer("hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(garbage.problemProperty().get()).startsWith("Decoding stopped at offset ");
    }

    @Test
    void aFileThatCannotBeReadIsSaidInline() {
        Asn1ViewerViewModel vm = new Asn1ViewerViewModel("gone.der", () -> {
            throw new LatchkeyException(Status.IO, "cannot read gone.der");
        }, t.runner, t.messages);
        vm.load();
        assertThat(vm.problemProperty().get()).isEqualTo("Cannot read gone.der.");
        assertThat(vm.roots()).isEmpty();
    }
}
