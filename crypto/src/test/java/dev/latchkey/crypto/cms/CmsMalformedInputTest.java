package dev.latchkey.crypto.cms;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.DecodeException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Inputs the fuzzer (ParserFuzzTest, -Pfuzz) found: each must be a DecodeException, never a runtime exception. */
class CmsMalformedInputTest {
    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = CmsMalformedInputTest.class.getResourceAsStream(
                "/testdata/CmsMalformedInputTest/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aSignedDataWhoseCertificateIsASetIsMalformed() throws Exception {
        byte[] data = fixture("bad-certificate-in-signed-data.der");
        assertThatThrownBy(() -> CmsVerifier.verify(data, null)).isInstanceOf(DecodeException.class);
    }

    @Test
    void aMultipartSignedWhosePartsOverlapIsMalformed() throws Exception {
        byte[] data = fixture("multipart-with-an-empty-part.eml");
        assertThatThrownBy(() -> CmsVerifier.verify(data, null)).isInstanceOf(DecodeException.class);
    }
}
