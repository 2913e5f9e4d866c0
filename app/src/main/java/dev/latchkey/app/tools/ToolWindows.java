package dev.latchkey.app.tools;

/** The File menu's crypto tools, behind an interface so the main window needs no stage to call them. */
public interface ToolWindows {
    /** Asks for a file and shows it in the ASN.1 viewer. */
    void openAsn1File();

    /** Opens Verify Signature. */
    void verifySignature();
}
