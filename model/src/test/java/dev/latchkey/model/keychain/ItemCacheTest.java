package dev.latchkey.model.keychain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ItemCacheTest {
    private static Item item(String label, String account, String comment) {
        return new Item(UUID.randomUUID(), ItemClass.GENERIC_PASSWORD, ItemAttributes.builder()
                .set(Attribute.SERVICE, label).set(Attribute.LABEL, label).set(Attribute.ACCOUNT, account)
                .set(Attribute.COMMENT, comment).build(), 1);
    }

    private static List<String> labels(List<Item> items) {
        return items.stream().map(Item::displayName).sorted().toList();
    }

    @Test
    void everyTermMustMatchWithinOneItem() {
        ItemCache cache = new ItemCache();
        cache.replaceAll(List.of(item("GitHub", "octocat", "work"), item("Bank", "alice", "joint account"),
                item("Mail", "bob", null)));
        assertThat(labels(cache.search("ALICE joint"))).containsExactly("Bank");
        assertThat(labels(cache.search("  bank   alice "))).containsExactly("Bank");
        assertThat(cache.search("octocat alice")).as("terms found in different items").isEmpty();
        assertThat(cache.search("bob\nmail")).as("split on any whitespace").hasSize(1);
        assertThat(labels(cache.search("a"))).containsExactly("Bank", "GitHub", "Mail");
        assertThat(cache.search("nothing-like-this")).isEmpty();
    }

    @Test
    void accentedAndPlainTextFindEachOther() {
        ItemCache cache = new ItemCache();
        cache.replaceAll(List.of(item("Café", "zoë", null), item("cafe", "zoe", null), item("Tea", "x", null)));
        assertThat(labels(cache.search("cafe"))).containsExactly("Café", "cafe");
        assertThat(labels(cache.search("CAFÉ ZOË"))).containsExactly("Café", "cafe");
        assertThat(cache.search(" ")).as("blank text: every item").hasSize(3);
    }

    @Test
    void searchSeesEveryChange() {
        ItemCache cache = new ItemCache();
        Item bank = item("Bank", "alice", null);
        cache.replaceAll(List.of(bank, item("Mail", "bob", null)));
        assertThat(labels(cache.search("alice"))).containsExactly("Bank");

        Item renamed = new Item(bank.id(), bank.itemClass(),
                bank.attributes().toBuilder().set(Attribute.ACCOUNT, "carol").build(), 2);
        cache.put(renamed);
        assertThat(cache.search("alice")).isEmpty();
        assertThat(cache.search("carol")).containsExactly(renamed);

        cache.remove(bank.id());
        assertThat(cache.search("carol")).isEmpty();
        cache.put(item("Shop", "carol", null));
        assertThat(labels(cache.search("carol"))).containsExactly("Shop");

        cache.replaceAll(List.of(item("Only", "dave", null)));
        assertThat(cache.search("carol")).isEmpty();
        assertThat(cache.size()).isEqualTo(1);
        cache.clear();
        assertThat(cache.search("dave")).isEmpty();
    }

    @Test
    void replaceAllKeepsUnchangedItemsAndDropsTheRest() {
        ItemCache cache = new ItemCache();
        Item kept = item("Kept", "a", null);
        Item dropped = item("Dropped", "b", null);
        cache.replaceAll(List.of(kept, dropped));
        cache.replaceAll(List.of(kept));
        assertThat(cache.get(kept.id())).containsSame(kept);
        assertThat(cache.get(dropped.id())).isEmpty();
        assertThat(cache.items()).containsExactly(kept);
    }
}
