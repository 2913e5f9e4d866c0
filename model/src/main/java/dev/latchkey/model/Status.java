package dev.latchkey.model;

/**
 * Result codes shared by every layer (architecture §1): a stable name, a number modelled on Apple's
 * OSStatus where one exists, and a one-line message fit for a user. The CLI maps them to exit
 * codes; the GUI shows the message and the name.
 */
public enum Status {
    SUCCESS(0, "No error."),
    UNIMPLEMENTED(-4, "This function or operation is not implemented."),
    IO(-36, "A file could not be read or written."),
    PARAM(-50, "One or more parameters passed to the function were not valid."),
    ALLOCATE(-108, "Failed to allocate memory."),
    USER_CANCELED(-128, "The user canceled the operation."),
    READ_ONLY(-25292, "This keychain cannot be modified."),
    AUTH_FAILED(-25293, "The password is not correct."),
    NO_SUCH_KEYCHAIN(-25294, "The specified keychain could not be found."),
    INVALID_KEYCHAIN(-25295, "The specified keychain is not a valid keychain file."),
    DUPLICATE_KEYCHAIN(-25296, "A keychain with the same name already exists."),
    DUPLICATE_ITEM(-25299, "The specified item already exists in the keychain."),
    ITEM_NOT_FOUND(-25300, "The specified item could not be found in the keychain."),
    NO_DEFAULT_KEYCHAIN(-25307, "A default keychain could not be found."),
    KEYCHAIN_LOCKED(-25308, "The keychain is locked; unlock it first."),
    INTERACTION_REQUIRED(-25315, "The keychain password must be entered again to do this."),
    KEYCHAIN_IN_USE(-25320, "The keychain is in use by another process."),
    UNSUPPORTED_FORMAT(-25256, "The format of the data is not supported."),
    /** A file to import is protected and no passphrase was given: ask for one and try again. */
    PASSPHRASE_REQUIRED(-25260, "The file is protected; its passphrase is needed."),
    /** The passphrase of a file to import is wrong (not the keychain password: that is AUTH_FAILED). */
    WRONG_PASSPHRASE(-25264, "The passphrase does not open the file."),
    DECODE(-26275, "The data could not be decoded."),
    TAMPERED(-26276, "The keychain was changed outside Latchkey; the affected data was not used."),
    TRUST_FAILED(-67808, "The certificate is not trusted."),
    /** The Latchkey window is not running, or a request cannot reach it (errSecServiceNotAvailable). */
    SERVICE_NOT_AVAILABLE(-67585, "The Latchkey window is not running or cannot be reached."),
    INTERNAL(-2070, "An internal error occurred.");

    private final int number;
    private final String message;

    Status(int number, String message) {
        this.number = number;
        this.message = message;
    }

    public int number() {
        return number;
    }

    /** The generic one-line description; errors usually carry a more specific message. */
    public String message() {
        return message;
    }
}
