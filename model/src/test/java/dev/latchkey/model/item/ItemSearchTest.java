package dev.latchkey.model.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ItemSearchTest {
    private static Item item(ItemClass itemClass, ItemAttributes.Builder attributes) {
        return new Item(UUID.randomUUID(), itemClass, attributes.build(), 1);
    }

    private static boolean finds(Item item, String query) {
        return ItemSearch.matches(ItemSearch.text(item), ItemSearch.terms(query));
    }

    @Test
    void accentsAndCaseAreFoldedOnBothSides() {
        Item cafe = item(ItemClass.SECURE_NOTE, ItemAttributes.builder().set(Attribute.LABEL, "Café Zürich"));
        Item plain = item(ItemClass.SECURE_NOTE, ItemAttributes.builder().set(Attribute.LABEL, "cafe zurich"));
        for (String query : List.of("cafe", "CAFÉ", "café zürich", "Zurich")) {
            assertThat(finds(cafe, query)).as(query).isTrue();
            assertThat(finds(plain, query)).as(query).isTrue();
        }
        assertThat(ItemSearch.fold("Ångström ÉCOLE")).isEqualTo("angstrom ecole");
    }

    @Test
    void everyFieldAUserSeesIsSearched() {
        Item web = item(ItemClass.INTERNET_PASSWORD, ItemAttributes.builder().set(Attribute.LABEL, "Label1")
                .set(Attribute.ACCOUNT, "account2").set(Attribute.SERVER, "server3.example")
                .set(Attribute.PATH, "/path4").set(Attribute.COMMENT, "comment5")
                .set(Attribute.URLS, List.of("https://url6.example")).set(Attribute.TAGS, List.of("tag7")));
        for (String query : List.of("label1", "account2", "server3", "path4", "comment5", "url6", "tag7",
                "internet password")) {
            assertThat(finds(web, query)).as(query).isTrue();
        }
        Item app = item(ItemClass.GENERIC_PASSWORD, ItemAttributes.builder().set(Attribute.SERVICE, "service8")
                .set(Attribute.DESCRIPTION, "Wi-Fi password"));
        assertThat(finds(app, "service8")).isTrue();
        assertThat(finds(app, "wi-fi")).as("its own kind").isTrue();
        assertThat(finds(app, "application")).as("the class name is not its kind when it has one").isFalse();
        Item note = item(ItemClass.SECURE_NOTE, ItemAttributes.builder().set(Attribute.LABEL, "Router"));
        assertThat(finds(note, "note")).as("the kind of an item without its own").isTrue();
    }

    @Test
    void everyTermMustOccurAndBlankMatchesAll() {
        Item bank = item(ItemClass.GENERIC_PASSWORD, ItemAttributes.builder().set(Attribute.SERVICE, "Bank")
                .set(Attribute.ACCOUNT, "alice"));
        assertThat(finds(bank, "  BANK \t alice ")).isTrue();
        assertThat(finds(bank, "bank bob")).isFalse();
        assertThat(ItemSearch.terms("  ")).isEmpty();
        assertThat(ItemSearch.terms(null)).isEmpty();
        assertThat(finds(bank, "")).isTrue();
        assertThat(ItemSearch.terms(" Café\nMENU ")).containsExactly("cafe", "menu");
    }

    @Test
    void termsNeverReachAcrossFields() {
        Item item = item(ItemClass.GENERIC_PASSWORD, ItemAttributes.builder().set(Attribute.SERVICE, "ab")
                .set(Attribute.ACCOUNT, "cd"));
        assertThat(finds(item, "abcd")).isFalse();
        assertThat(finds(item, "ab cd")).isTrue();
    }
}
