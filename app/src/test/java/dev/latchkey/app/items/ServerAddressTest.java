package dev.latchkey.app.items;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServerAddressTest {
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "https://github.com,                 https, github.com,  -,    -,      https://github.com",
        "https://GitHub.com/login,           https, github.com,  -,    /login, https://github.com/login",
        "github.com,                         -,     github.com,  -,    -,      github.com",
        "ftp://files.example.org:2121/pub/,  ftp,   files.example.org, 2121, /pub/, ftp://files.example.org:2121/pub/",
        "  mail.example.com:993  ,           -,     mail.example.com, 993, -, mail.example.com:993"})
    void parsesWhatUsersType(String typed, String protocol, String server, Integer port, String path, String shown) {
        ServerAddress a = ServerAddress.parse(typed).orElseThrow();
        assertThat(a).isEqualTo(new ServerAddress(protocol, server, port, path));
        assertThat(a.format()).isEqualTo(shown);
        ItemAttributes attrs = a.applyTo(ItemAttributes.builder()).build();
        assertThat(ServerAddress.of(attrs)).isEqualTo(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "https://", "not a host", "://x", "http://exa mple.com"})
    void refusesWhatIsNoAddress(String typed) {
        assertThat(ServerAddress.parse(typed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void readsApplesFourLetterProtocolCodes() {
        ItemAttributes a = ItemAttributes.builder().set(Attribute.SERVER, "example.com").set(Attribute.PROTOCOL, "htps")
                .build();
        assertThat(ServerAddress.of(a).format()).isEqualTo("https://example.com");
    }
}
