package dev.latchkey.crypto.random;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RandomsTest {
    @Test
    void uuidsAreVersion4AndDistinct() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            UUID u = Randoms.uuid();
            assertThat(u.version()).isEqualTo(4);
            assertThat(u.variant()).isEqualTo(2);
            seen.add(u);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void bytesAreNotConstant() {
        assertThat(Randoms.bytes(32)).isNotEqualTo(Randoms.bytes(32)).hasSize(32);
    }
}
