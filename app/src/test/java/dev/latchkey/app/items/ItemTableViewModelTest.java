package dev.latchkey.app.items;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class ItemTableViewModelTest {
    /** A stored trust setting's text; its content does not matter to the table. */
    private static final String TRUST = "ssl=always";
    @TempDir
    Path home;
    private TestKeychains t;
    private Keychain login;
    private ItemTableViewModel vm;
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        TestKeychains.addInternet(login, "GitHub", "github.com", "alice@example.com", "gh-secret");
        t.time.advance(Duration.ofMinutes(1));
        TestKeychains.addInternet(login, "Bank", "bank.example", "alice", "bank-secret");
        t.time.advance(Duration.ofMinutes(1));
        TestKeychains.addGeneric(login, "Mail", "alice", "mail-secret");
        t.time.advance(Duration.ofMinutes(1));
        TestKeychains.addNote(login, "Wi-Fi at home", "the router password is hunter2");
        vm = new ItemTableViewModel(t.runner, t.errors, new ItemTexts(t.messages, Locale.ENGLISH, ZoneOffset.UTC));
    }

    private List<String> names() {
        return vm.rows().stream().map(ItemRow::name).toList();
    }

    @Test
    void showsAnUnlockedKeychainsItemsSortedByName() {
        vm.show(login);
        assertThat(vm.stateProperty().get()).isEqualTo(ItemTableViewModel.State.READY);
        assertThat(names()).containsExactly("Bank", "GitHub", "Mail", "Wi-Fi at home");
        assertThat(vm.totalProperty().get()).isEqualTo(4);
        ItemRow github = vm.rows().get(1);
        assertThat(github.kind()).isEqualTo("Internet password");
        assertThat(github.keychain().name()).isEqualTo("login");
    }

    @Test
    void searchMatchesNameAccountServerAndCommentInAnyCase() throws LatchkeyException {
        UUID id = TestKeychains.addGeneric(login, "VPN", "ops", "vpn-secret");
        login.update(id, login.get(id).orElseThrow().attributes().toBuilder()
                .set(Attribute.COMMENT, "Office Gateway").build(), null);
        vm.show(login);
        vm.searchTextProperty().set("GIT");
        assertThat(names()).containsExactly("GitHub");
        vm.searchTextProperty().set("bank.example");
        assertThat(names()).containsExactly("Bank");
        vm.searchTextProperty().set("alice");
        assertThat(names()).containsExactly("Bank", "GitHub", "Mail");
        vm.searchTextProperty().set("gateway");
        assertThat(names()).containsExactly("VPN");
        vm.searchTextProperty().set("  alice   mail ");
        assertThat(names()).containsExactly("Mail");
        vm.searchTextProperty().set("nothing like this");
        assertThat(names()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo("No items match “nothing like this”.");
        vm.searchTextProperty().set("");
        assertThat(names()).hasSize(5);
    }

    @Test
    void typingMoreNarrowsTheSameWayAsSearchingAtOnce() {
        vm.show(login);
        String query = "alice@ex";
        for (int i = 1; i <= query.length(); i++) {
            vm.searchTextProperty().set(query.substring(0, i));
        }
        List<String> typed = names();
        vm.searchTextProperty().set("");
        vm.searchTextProperty().set(query);
        assertThat(typed).containsExactly("GitHub").isEqualTo(names());
        vm.searchTextProperty().set("alice@");
        assertThat(names()).containsExactly("GitHub");
        vm.searchTextProperty().set("ali");
        assertThat(names()).containsExactly("Bank", "GitHub", "Mail");
    }

    @Test
    void categoriesFilterAndCountTheirItems() {
        vm.show(login);
        assertThat(vm.countProperty(Category.ALL_ITEMS).get()).isEqualTo(4);
        assertThat(vm.countProperty(Category.PASSWORDS).get()).isEqualTo(3);
        assertThat(vm.countProperty(Category.SECURE_NOTES).get()).isEqualTo(1);
        assertThat(vm.listedCategories()).containsExactly(Category.ALL_ITEMS, Category.PASSWORDS, Category.SECURE_NOTES);
        vm.categoryProperty().set(Category.SECURE_NOTES);
        assertThat(names()).containsExactly("Wi-Fi at home");
        vm.searchTextProperty().set("mail");
        assertThat(names()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).contains("mail");
        vm.categoryProperty().set(Category.PASSWORDS);
        assertThat(names()).containsExactly("Mail");
    }

    @Test
    void sortingAndSearchIgnoreCaseAndAccents() throws LatchkeyException {
        TestKeychains.addNote(login, "Café menu", "x");
        TestKeychains.addNote(login, "apple pie", "y");
        vm.show(login);
        assertThat(names()).containsExactly("apple pie", "Bank", "Café menu", "GitHub", "Mail", "Wi-Fi at home");
        vm.searchTextProperty().set("CAFE");
        assertThat(names()).containsExactly("Café menu");
        vm.searchTextProperty().set("café");
        assertThat(names()).containsExactly("Café menu");
    }

    @Test
    void theTableFindsWhatTheKeychainSearchFinds() throws LatchkeyException {
        TestKeychains.addNote(login, "Café menu", "x");
        UUID tagged = TestKeychains.addGeneric(login, "Cloud", "ops", "cloud-secret");
        login.update(tagged, login.get(tagged).orElseThrow().attributes().toBuilder()
                .set(Attribute.URLS, List.of("https://console.example")).set(Attribute.TAGS, List.of("Zürich"))
                .set(Attribute.DESCRIPTION, "API token").build(), null);
        vm.show(login);
        for (String query : List.of("cafe", "CAFÉ", "console", "zurich", "api token", "note", "internet",
                "alice", "wi-fi", "github alice", "")) {
            vm.searchTextProperty().set(query);
            assertThat(names()).as(query).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(login.search(query).stream()
                            .filter(i -> i.itemClass() != ItemClass.TRUST_SETTING)
                            .map(Item::displayName).toList());
        }
    }

    @Test
    void deletingWhatWasTypedGivesBackTheEarlierResults() {
        vm.show(login);
        vm.searchTextProperty().set("a");
        List<ItemRow> broad = List.copyOf(vm.rows());
        vm.searchTextProperty().set("al");
        vm.searchTextProperty().set("ali");
        vm.searchTextProperty().set("al");
        vm.searchTextProperty().set("a");
        assertThat(vm.rows()).containsExactlyElementsOf(broad);
        vm.searchTextProperty().set("a ");
        assertThat(vm.rows()).containsExactlyElementsOf(broad);
    }

    @Test
    void sortsByTheTablesSortOrder() {
        vm.show(login);
        vm.sortBy(List.of(new Column.SortKey(Column.MODIFIED, false)));
        assertThat(names()).containsExactly("Wi-Fi at home", "Mail", "Bank", "GitHub");
        vm.sortBy(List.of(new Column.SortKey(Column.KIND, true), new Column.SortKey(Column.NAME, false)));
        assertThat(names()).containsExactly("Mail", "GitHub", "Bank", "Wi-Fi at home");
        vm.searchTextProperty().set("a");
        assertThat(names()).containsExactly("Mail", "GitHub", "Bank", "Wi-Fi at home");
        vm.sortBy(List.of());
        assertThat(names()).containsExactly("Bank", "GitHub", "Mail", "Wi-Fi at home");
    }

    @Test
    void changesToTheKeychainReloadAndKeepTheSelection() throws LatchkeyException {
        vm.show(login);
        ItemRow mail = vm.rows().get(2);
        vm.select(List.of(mail), mail);
        assertThat(vm.summaryProperty().get().title()).isEqualTo("Mail");
        UUID added = TestKeychains.addInternet(login, "Apple", "apple.com", "alice", "x");
        assertThat(names()).containsExactly("Apple", "Bank", "GitHub", "Mail", "Wi-Fi at home");
        assertThat(vm.selectionRequestProperty().get().rows()).extracting(ItemRow::id).containsExactly(mail.id());
        assertThat(vm.rows().get(3)).as("unchanged rows are reused").isSameAs(mail);

        vm.selectWhenShown(added);
        assertThat(vm.selectionRequestProperty().get().rows()).extracting(ItemRow::name).containsExactly("Apple");
        login.delete(added);
        assertThat(names()).doesNotContain("Apple");
    }

    @Test
    void anItemAddedElsewhereIsSelectedOnceItShows() throws LatchkeyException {
        vm.show(login);
        UUID pending = UUID.randomUUID();
        vm.selectWhenShown(pending);
        UUID id = TestKeychains.addNote(login, "Later", "text");
        vm.selectWhenShown(id);
        assertThat(vm.selectionRequestProperty().get().rows()).extracting(ItemRow::id).containsExactly(id);
    }

    @Test
    void summarisesOneOrSeveralSelectedItems() {
        vm.show(login);
        ItemRow github = vm.rows().get(1);
        vm.select(List.of(github), github);
        SelectionSummary s = vm.summaryProperty().get();
        assertThat(s.count()).isEqualTo(1);
        assertThat(s.kind()).isEqualTo("Internet password");
        assertThat(s.account()).isEqualTo("alice@example.com");
        assertThat(s.where()).isEqualTo("https://github.com");
        assertThat(s.modified()).isNotEmpty();
        vm.select(List.copyOf(vm.rows()), github);
        assertThat(vm.summaryProperty().get().title()).isEqualTo("4 items selected");
        assertThat(vm.focusedProperty().get()).isSameAs(github);
        vm.select(List.of(), null);
        assertThat(vm.summaryProperty().get()).isEqualTo(SelectionSummary.NONE);
    }

    @Test
    void lockingDropsEveryRow() {
        vm.show(login);
        vm.showLocked("login");
        assertThat(vm.stateProperty().get()).isEqualTo(ItemTableViewModel.State.LOCKED);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.totalProperty().get()).isZero();
        assertThat(vm.lockedNameProperty().get()).isEqualTo("login");
        assertThat(vm.keychain()).isNull();
        vm.showNothing();
        assertThat(vm.stateProperty().get()).isEqualTo(ItemTableViewModel.State.NO_KEYCHAIN);
    }

    @Test
    void myCertificatesAreThoseWithTheirKeyHereAndTrustSettingsAreNotItems() throws LatchkeyException {
        addRaw(ItemClass.CERTIFICATE, ItemAttributes.builder().set(Attribute.LABEL, "Alice (signing)")
                .set(Attribute.PUBLIC_KEY_HASH, new byte[] {1, 2, 3}).set(Attribute.ISSUER, new byte[] {9})
                .set(Attribute.SERIAL_NUMBER, new byte[] {1}).build());
        addRaw(ItemClass.CERTIFICATE, ItemAttributes.builder().set(Attribute.LABEL, "Example Root CA")
                .set(Attribute.PUBLIC_KEY_HASH, new byte[] {7}).set(Attribute.ISSUER, new byte[] {8})
                .set(Attribute.SERIAL_NUMBER, new byte[] {2}).build());
        addRaw(ItemClass.KEY, ItemAttributes.builder().set(Attribute.LABEL, "Alice key").set(Attribute.KEY_CLASS, "private")
                .set(Attribute.APPLICATION_LABEL, new byte[] {1, 2, 3}).build());
        addRaw(ItemClass.TRUST_SETTING, ItemAttributes.builder().set(Attribute.TRUST_SETTINGS, TRUST)
                .set(Attribute.CERTIFICATE_SHA256, new byte[32]).build());
        vm.show(login);
        assertThat(vm.listedCategories()).containsExactly(Category.ALL_ITEMS, Category.PASSWORDS,
                Category.SECURE_NOTES, Category.MY_CERTIFICATES, Category.KEYS, Category.CERTIFICATES);
        assertThat(vm.totalProperty().get()).as("the trust setting is not listed").isEqualTo(7);
        vm.categoryProperty().set(Category.MY_CERTIFICATES);
        assertThat(names()).containsExactly("Alice (signing)");
        vm.categoryProperty().set(Category.CERTIFICATES);
        assertThat(names()).containsExactly("Alice (signing)", "Example Root CA");
        vm.categoryProperty().set(Category.KEYS);
        assertThat(names()).containsExactly("Alice key");
    }

    private void addRaw(ItemClass c, ItemAttributes a) throws LatchkeyException {
        try (var s = TestKeychains.secret("der")) {
            login.add(c, a, s);
        }
    }

    @Test
    void verificationCodesAreListedWithThePasswordsThatCarryThem() throws LatchkeyException {
        var codes = new dev.latchkey.model.otp.VerificationCodes(login, t.time);
        var parameters = dev.latchkey.model.otp.OtpParameters.builder(dev.latchkey.model.otp.OtpType.TOTP)
                .issuer("Example").account("alice").build();
        try (var seed = TestKeychains.secret("12345678901234567890")) {
            codes.addStandalone(parameters, seed, "Example code");
            UUID github = login.items().stream().filter(i -> i.displayName().equals("GitHub")).findFirst()
                    .orElseThrow().id();
            codes.attach(github, parameters, seed);
        }
        vm.show(login);
        assertThat(vm.listedCategories()).contains(Category.VERIFICATION_CODES);
        assertThat(vm.countProperty(Category.VERIFICATION_CODES).get()).isEqualTo(2);
        vm.categoryProperty().set(Category.VERIFICATION_CODES);
        assertThat(names()).containsExactly("Example code", "GitHub");
        assertThat(vm.rows().get(0).kind()).isEqualTo("Verification code");
    }

    @Test
    void anEmptyKeychainSaysSo() throws LatchkeyException {
        vm.show(t.unlocked("empty"));
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).startsWith("This keychain has no items yet");
    }
}
