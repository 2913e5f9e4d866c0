package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.ImportFormat;
import dev.latchkey.model.transfer.PasswordReaders;
import dev.latchkey.model.transfer.entries.DuplicatePolicy;
import dev.latchkey.model.transfer.entries.GroupMapping;
import dev.latchkey.model.transfer.entries.ImportOptions;
import dev.latchkey.model.transfer.entries.ImportResult;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.ImportedEntry;
import dev.latchkey.model.transfer.entries.PasswordImport;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import-passwords", description = {
    "Import the passwords, notes and codes of a password manager's export: KeePass/KeePassXC (KDBX 3.1 and 4), "
        + "KeePassXC CSV, Bitwarden JSON (also password-protected) and CSV, 1Password 1PUX and CSV, Chrome/Edge/"
        + "Brave CSV, Firefox CSV, macOS `security dump-keychain -d` text. Supports --json.",
    "The whole file is read and checked first; then everything is stored in one transaction, or nothing."})
final class ImportPasswordsCommand implements Callable<Integer> {
    @ParentCommand LatchkeyCommand root;
    @Parameters(paramLabel = "FILE") Path file;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default), kdbx, keepassxc-csv, bitwarden-json, bitwarden-csv, 1pux, 1password-csv, "
                    + "chrome-csv, firefox-csv or keychain-dump.")
    String format;
    @Option(names = "--key-file", paramLabel = "FILE", description = "A KeePass database's key file.")
    Path keyFile;
    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the file's password from the first line of FILE (else it is asked for when needed).")
    Path passphraseFile;
    @Option(names = "--no-password", description = "The KeePass database has a key file and no password.")
    boolean noPassword;
    @Option(names = "--duplicates", paramLabel = "skip|keep-both|replace", defaultValue = "skip",
            description = "What to do with an entry the keychain (or the file) already has: skip it (default), keep "
                    + "both under a new name, or replace the keychain's item.")
    String duplicates;
    @Option(names = "--groups", paramLabel = "folder|tags", defaultValue = "folder",
            description = "Keep groups and folders as the item's folder (default) or as tags.")
    String groups;
    @Option(names = "--history", description = "Keep earlier passwords (KeePass history) as hidden fields.")
    boolean history;
    @Option(names = "--dry-run", description = "Show what would be imported and what cannot be mapped; store nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws LatchkeyException {
        DuplicatePolicy policy = policy(duplicates);
        ImportOptions options = new ImportOptions(groupMapping(groups), history);
        ImportFormat chosen = format.equalsIgnoreCase("auto") ? ImportFormat.detect(file)
                : ImportFormat.byCliName(format).orElseThrow(() -> new LatchkeyException(Status.PARAM,
                        "unknown format \"" + format + "\"; use auto, " + Arrays.stream(ImportFormat.values())
                                .map(ImportFormat::cliName).collect(Collectors.joining(", "))));
        List<ImportedEntry> entries = read(chosen);
        try (PasswordImport plan = PasswordImport.plan(root.unlock(root.keychainRef(null)), entries, options)) {
            if (dryRun) {
                print(chosen, plan, null);
                return ExitCodes.OK;
            }
            ImportResult result = plan.apply(policy, Progress.NONE);
            print(chosen, plan, result);
        } catch (LatchkeyException | RuntimeException e) {
            entries.forEach(ImportedEntry::close);
            throw e;
        }
        return ExitCodes.OK;
    }

    /** Reads the file, asking for its password when it turns out to need one (a KeePass database always does). */
    private List<ImportedEntry> read(ImportFormat chosen) throws LatchkeyException {
        char[] password = passphraseFile != null ? SecretText.firstLine(passphraseFile) : null;
        if (password == null && !noPassword && PasswordReaders.alwaysProtected(chosen)) {
            password = FilePassphrase.existing(root, null, file.toString());
        }
        try (ImportSource source = new ImportSource(file, password, keyFile)) {
            return PasswordReaders.of(chosen).read(source, Progress.NONE);
        } catch (LatchkeyException e) {
            if (e.status() != Status.PASSPHRASE_REQUIRED || passphraseFile != null || noPassword) {
                throw e;
            }
        }
        try (ImportSource asked = new ImportSource(file, FilePassphrase.existing(root, null, file.toString()), keyFile)) {
            return PasswordReaders.of(chosen).read(asked, Progress.NONE);
        } finally {
            Wipe.chars(password);
        }
    }

    private void print(ImportFormat chosen, PasswordImport plan, ImportResult result) {
        if (root.json) {
            ObjectNode out = CliContext.json().createObjectNode();
            out.put("format", chosen.cliName());
            out.put("dryRun", result == null);
            ArrayNode rows = out.putArray("entries");
            for (PasswordImport.Planned p : plan.preview()) {
                ObjectNode row = rows.addObject();
                row.put("source", p.source());
                row.put("name", p.name());
                row.put("kind", p.itemClass().appleCode());
                row.put("account", p.account());
                row.put("folder", p.folder());
                row.put("duplicate", p.clash().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            ArrayNode report = out.putArray("notMapped");
            plan.report().forEach(report::add);
            if (result != null) {
                ObjectNode r = out.putObject("result");
                r.put("added", result.added().size());
                r.put("replaced", result.replaced());
                r.put("skipped", result.skipped());
                r.put("renamed", result.renamed());
                r.put("summary", result.summary());
            }
            root.context.out().println(out.toPrettyString());
            return;
        }
        if (result == null) {
            root.context.out().println("Would import " + plan.preview().size() + " entries from " + chosen.displayName()
                    + " (" + plan.duplicates() + " already in the keychain or repeated in the file):");
            for (PasswordImport.Planned p : plan.preview()) {
                root.context.out().println("  " + p.itemClass().displayName() + "  " + p.name()
                        + (p.account().isEmpty() ? "" : "  (" + p.account() + ")")
                        + (p.folder().isEmpty() ? "" : "  in " + p.folder())
                        + (p.clash() == PasswordImport.Clash.NONE ? "" : "  [duplicate]"));
            }
        } else {
            root.context.out().println(result.summary());
        }
        if (!plan.report().isEmpty()) {
            root.context.out().println("Not mapped as it was:");
            plan.report().forEach(line -> root.context.out().println("  " + line));
        }
    }

    static DuplicatePolicy policy(String name) throws LatchkeyException {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "skip" -> DuplicatePolicy.SKIP;
            case "keep-both", "keep" -> DuplicatePolicy.KEEP_BOTH;
            case "replace" -> DuplicatePolicy.REPLACE;
            default -> throw new LatchkeyException(Status.PARAM, "--duplicates takes skip, keep-both or replace");
        };
    }

    private static GroupMapping groupMapping(String name) throws LatchkeyException {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "folder" -> GroupMapping.FOLDER;
            case "tags" -> GroupMapping.TAGS;
            default -> throw new LatchkeyException(Status.PARAM, "--groups takes folder or tags");
        };
    }
}
