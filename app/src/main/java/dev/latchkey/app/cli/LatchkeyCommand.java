package dev.latchkey.app.cli;

import dev.latchkey.app.Version;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top-level {@code latchkey} command and its global options, which picocli accepts
 * before or after the command name (architecture §6).
 */
@Command(name = "latchkey", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = LatchkeyCommand.VersionProvider.class,
        usageHelpAutoWidth = true, sortOptions = false,
        description = {"Latchkey: keychains of passwords, notes, certificates and keys.",
            "Without a command, `latchkey` opens the Latchkey window."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0 success, 2 usage error, 44 item not found, 45 duplicate item, 51 wrong password,",
            "  52 keychain locked or in use, 60 trust evaluation failed, 65 bad input, 1 anything else.",
            "The data folder is $LATCHKEY_HOME (default: ~/.local/share/latchkey on Linux)."})
public final class LatchkeyCommand {
    /**
     * Every command. Cli adds only the one a command line names (building all of them costs a
     * command run in the service several milliseconds), or all of them for help and errors.
     */
    static final List<Class<?>> COMMANDS = List.of(
            KeychainCommands.Create.class, KeychainCommands.Delete.class, KeychainCommands.ListAll.class,
            KeychainCommands.Default.class, KeychainCommands.SetPassword.class, KeychainCommands.ShowInfo.class,
            KeychainCommands.SetSettings.class, LockCommands.Unlock.class, LockCommands.Lock.class, StatusCommand.class,
            PasswordCommands.AddGeneric.class, PasswordCommands.FindGeneric.class, PasswordCommands.DeleteGeneric.class,
            PasswordCommands.AddInternet.class, PasswordCommands.FindInternet.class,
            PasswordCommands.DeleteInternet.class,
            NoteCommands.Add.class, NoteCommands.Find.class, NoteCommands.Delete.class,
            DumpKeychainCommand.class, GeneratePasswordCommand.class,
            OtpCommands.class, AutofillCommands.Match.class, AutofillCommands.Audit.class,
            AutofillCommands.ExtractCode.class, QuickFillCommand.class,
            ImportCommand.class, ExportCommand.class, ImportPasswordsCommand.class, ExportPasswordsCommand.class,
            BackupCommands.Backup.class, BackupCommands.Restore.class, CertificateCommands.Find.class,
            CertificateCommands.FindIdentity.class, TrustCommands.Verify.class, TrustCommands.Add.class,
            TrustCommands.Remove.class, TrustCommands.DumpSettings.class, CertificateAssistantCommands.CreateKeypair.class,
            CertificateAssistantCommands.CreateCertificate.class, CertificateAssistantCommands.CreateCsr.class, FetchChainCommand.class,
            CmsCommands.class, Asn1Command.class, CodesignCommand.class, EncodingCommands.Encode.class,
            EncodingCommands.Decode.class, EncodingCommands.Digest.class, EncodingCommands.Random.class,
            KeyTransformCommands.Sign.class, KeyTransformCommands.Verify.class, KeyTransformCommands.Encrypt.class,
            KeyTransformCommands.Decrypt.class, DaemonCommand.class);

    @Option(names = {"-k", "--keychain"}, paramLabel = "NAME|PATH", scope = ScopeType.INHERIT,
            description = "Keychain to use (default: the default keychain).")
    String keychain;

    @Option(names = "--password-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Read the keychain password from the first line of FILE instead of asking.")
    Path passwordFile;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Machine-readable output where listed.")
    boolean json;

    final CliContext context;

    LatchkeyCommand(CliContext context) {
        this.context = context;
    }

    /** The keychain named by {@code explicit}, else by {@code -k}, else the default one. */
    KeychainRef keychainRef(String explicit) throws LatchkeyException {
        String name = explicit != null ? explicit : keychain;
        return name != null ? context.service().resolve(name) : context.service().requireDefault();
    }

    /** The keychain password, from --password-file or the terminal; the caller wipes it. */
    char[] password(KeychainRef ref) throws LatchkeyException {
        if (passwordFile != null) {
            return SecretText.firstLine(passwordFile);
        }
        return context.prompt().ask("Password for keychain \"" + ref.name() + "\": ");
    }

    /** A new password from a file, or typed twice at the terminal. */
    char[] newPassword(Path file, String what) throws LatchkeyException {
        if (file != null) {
            return SecretText.firstLine(file);
        }
        char[] first = context.prompt().ask("New password for " + what + ": ");
        char[] again = context.prompt().ask("Retype new password: ");
        try {
            if (!Arrays.equals(first, again)) {
                Wipe.chars(first);
                throw new LatchkeyException(Status.PARAM, "the passwords do not match");
            }
            return first;
        } finally {
            Wipe.chars(again);
        }
    }

    /**
     * The keychain, unlocked for the length of this command: without asking when the user has
     * it unlocked (in the running Latchkey), else with the password. The command's context
     * lets go of it when the command ends.
     */
    Keychain unlock(KeychainRef ref) throws LatchkeyException {
        if (!context.service().exists(ref)) {
            throw new LatchkeyException(Status.NO_SUCH_KEYCHAIN, "no keychain named \"" + ref.name() + "\"");
        }
        return context.hold(context.service().lease(ref, () -> password(ref)));
    }

    /**
     * The keychain for a command that reveals or exports secrets in bulk: the password is
     * entered for this command even when the user has the keychain unlocked.
     */
    Keychain unlockToReveal(KeychainRef ref) throws LatchkeyException {
        boolean[] entered = {false};
        Keychain k = context.hold(context.service().lease(ref, () -> {
            entered[0] = true;
            return password(ref);
        }));
        if (!entered[0]) {
            reauthenticate(k);
        }
        return k;
    }

    /** Asks for the keychain password again and checks it (for items that ask before revealing). */
    void reauthenticate(Keychain k) throws LatchkeyException {
        char[] pw = password(k.ref());
        try {
            k.confirmPassword(pw);
        } finally {
            Wipe.chars(pw);
        }
    }

    /** Prints the build version. */
    public static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return Version.lines();
        }
    }
}
