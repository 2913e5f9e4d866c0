package dev.latchkey.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class ImportViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path files;
    private TestKeychains t;
    private Keychain login;
    /** The passphrases the user types at each prompt; null cancels. */
    private final Deque<String> typed = new ArrayDeque<>();
    private final List<String> prompts = new ArrayList<>();
    private final PassphrasePrompt prompt = (fileName, again) -> {
        prompts.add(fileName + (again ? " again" : ""));
        String next = typed.poll();
        return next == null ? null : next.toCharArray();
    };

    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
    }

    private ImportViewModel run(Path... paths) {
        ImportViewModel vm = new ImportViewModel(login, List.of(paths), prompt, t.runner, t.errors, t.messages);
        vm.start();
        return vm;
    }

    @Test
    void asksForThePassphraseAgainUntilItIsRight() throws Exception {
        typed.add("wrong");
        typed.add(TestPki.FILE_PASSPHRASE);
        ImportViewModel vm = run(TestPki.get().pkcs12(files));

        assertThat(prompts).containsExactly("leaf.p12", "leaf.p12 again");
        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(vm.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(FileOutcome.Result.IMPORTED);
            assertThat(o.imported()).isNotEmpty();
        });
        assertThat(login.items()).extracting(Item::itemClass).contains(ItemClass.CERTIFICATE, ItemClass.KEY);
        assertThat(vm.firstImportedProperty().get()).isNotNull();
        assertThat(t.dialogs.errors).isEmpty();
    }

    @Test
    void cancellingAfterAWrongPassphraseImportsNothing() throws Exception {
        typed.add("wrong");
        ImportViewModel vm = run(TestPki.get().pkcs12(files));
        assertThat(prompts).containsExactly("leaf.p12", "leaf.p12 again");
        assertThat(vm.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(FileOutcome.Result.CANCELLED);
            assertThat(o.summary()).isEqualTo("Cancelled: nothing was imported from this file.");
        });
        assertThat(login.items()).isEmpty();
        assertThat(vm.firstImportedProperty().get()).isNull();
    }

    @Test
    void badFilesFailInOneLineAndTheRestStillImport() throws Exception {
        Path garbage = Files.write(files.resolve("garbage.crt"), "no certificate here".getBytes(StandardCharsets.UTF_8));
        byte[] der = TestPki.get().root.chain().get(0).getEncoded();
        Path truncated = Files.write(files.resolve("truncated.cer"), java.util.Arrays.copyOf(der, der.length / 2));
        Path root = Files.write(files.resolve("root.cer"), der);
        ImportViewModel vm = run(garbage, truncated, root);

        assertThat(vm.outcomes()).extracting(FileOutcome::result).containsExactly(FileOutcome.Result.FAILED,
                FileOutcome.Result.FAILED, FileOutcome.Result.IMPORTED);
        assertThat(vm.outcomes().subList(0, 2)).allSatisfy(o -> assertThat(o.summary())
                .startsWith("Nothing imported: ").doesNotContain("\n").doesNotContain("Exception"));
        assertThat(login.items()).singleElement().extracting(Item::itemClass).isEqualTo(ItemClass.CERTIFICATE);
        assertThat(prompts).isEmpty();
        assertThat(t.dialogs.errors).as("bad input is not an internal error").isEmpty();
    }

    @Test
    void aSecondImportHasNothingNew() throws Exception {
        Path root = Files.write(files.resolve("root.cer"), TestPki.get().root.chain().get(0).getEncoded());
        run(root);
        ImportViewModel again = run(root);
        assertThat(again.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(FileOutcome.Result.NOTHING_NEW);
            assertThat(o.duplicates()).isNotEmpty();
        });
        assertThat(login.items()).hasSize(1);
    }

    @Test
    void thePromptHandsOverThePassphraseOnce() {
        PassphraseViewModel vm = new PassphraseViewModel("leaf.p12", true, t.messages);
        assertThat(vm.title()).isEqualTo("Passphrase for leaf.p12");
        assertThat(vm.error()).isEqualTo("The passphrase is not correct.");
        vm.submit(new char[0]);
        assertThat(vm.submittedProperty().get()).as("empty is not an answer").isFalse();
        vm.submit("secret".toCharArray());
        assertThat(vm.submittedProperty().get()).isTrue();
        assertThat(vm.take()).containsExactly("secret".toCharArray());
        assertThat(vm.take()).isNull();
        assertThat(new PassphraseViewModel("a.p12", false, t.messages).error()).isEmpty();
    }
}
