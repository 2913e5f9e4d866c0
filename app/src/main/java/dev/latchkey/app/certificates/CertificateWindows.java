package dev.latchkey.app.certificates;

import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.util.List;

/** The windows the certificate and key inspectors open, behind an interface so their view models need no stage. */
public interface CertificateWindows {
    /** Get Info on an item of {@code keychain} (null: System Roots). */
    void inspect(Keychain keychain, Item item);

    /** The trust viewer for a certificate; {@code trustKeychain} supplies certificates and trust settings. */
    void evaluate(Item certificate, Keychain trustKeychain);

    /** The ASN.1 viewer on DER bytes (a certificate, a public key). */
    void viewAsn1(String name, byte[] der);

    /** The ASN.1 viewer on a private key's public half (the key is read, which may ask for the password). */
    void viewPublicKeyAsn1(Keychain keychain, Item key);

    /** The export dialog for items of one keychain (null: System Roots). */
    void export(Keychain keychain, List<Item> items);
}
