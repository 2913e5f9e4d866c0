package dev.latchkey.model.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemRulesTest {
    private static List<ItemProblem> problems(ItemClass c, ItemAttributes.Builder a, long secret) {
        return ItemRules.problems(c, a.build(), secret);
    }

    private static ItemProblem missing(Attribute a) {
        return new ItemProblem(ItemProblem.Code.MISSING, a);
    }

    @Test
    void eachKindNeedsWhatIdentifiesIt() {
        ItemAttributes.Builder none = ItemAttributes.builder();
        assertThat(problems(ItemClass.GENERIC_PASSWORD, none, 0)).containsExactly(missing(Attribute.SERVICE));
        assertThat(problems(ItemClass.INTERNET_PASSWORD, none, 0)).containsExactly(missing(Attribute.SERVER));
        assertThat(problems(ItemClass.SECURE_NOTE, ItemAttributes.builder().set(Attribute.LABEL, "  "), 0))
                .as("blank is missing").containsExactly(missing(Attribute.LABEL));
        assertThat(problems(ItemClass.VERIFICATION_CODE, none, 0))
                .containsExactly(missing(Attribute.LABEL), missing(Attribute.OTP));
        assertThat(problems(ItemClass.TRUST_SETTING, ItemAttributes.builder().set(Attribute.TRUST_SETTINGS, "x")
                .set(Attribute.CERTIFICATE_SHA256, new byte[20]), 0))
                .containsExactly(missing(Attribute.CERTIFICATE_SHA256));
        assertThat(problems(ItemClass.IDENTITY, none, 0))
                .containsExactly(new ItemProblem(ItemProblem.Code.NOT_STORED, null));
        assertThat(problems(ItemClass.CERTIFICATE, none, 0)).isEmpty();
        assertThat(problems(ItemClass.GENERIC_PASSWORD, ItemAttributes.builder().set(Attribute.SERVICE, "mail"), 0))
                .isEmpty();
    }

    @Test
    void limitsOnTextPortAndSecret() {
        ItemAttributes.Builder a = ItemAttributes.builder().set(Attribute.SERVER, "example.com")
                .set(Attribute.COMMENT, "x".repeat(ItemRules.MAX_TEXT + 1)).set(Attribute.PORT, 65536);
        assertThat(problems(ItemClass.INTERNET_PASSWORD, a, ItemRules.MAX_SECRET + 1L)).containsExactly(
                new ItemProblem(ItemProblem.Code.TOO_LONG, Attribute.COMMENT),
                new ItemProblem(ItemProblem.Code.OUT_OF_RANGE, Attribute.PORT),
                new ItemProblem(ItemProblem.Code.TOO_LARGE, null));
        ItemAttributes.Builder atTheLimits = ItemAttributes.builder().set(Attribute.SERVER, "example.com")
                .set(Attribute.COMMENT, "x".repeat(ItemRules.MAX_TEXT)).set(Attribute.PORT, 65535);
        assertThat(problems(ItemClass.INTERNET_PASSWORD, atTheLimits, ItemRules.MAX_SECRET)).isEmpty();
    }

    @Test
    void checkRefusesWithTheFirstProblemInTheModelsWords() {
        LatchkeyException e = catchThrowableOfType(() -> ItemRules.check(ItemClass.INTERNET_PASSWORD,
                ItemAttributes.builder().set(Attribute.PORT, -1).build(), 0), LatchkeyException.class);
        assertThat(e.status()).isEqualTo(Status.PARAM);
        assertThat(e.getMessage()).isEqualTo("an item of this kind needs a server");
        assertThat(new ItemProblem(ItemProblem.Code.TOO_LONG, Attribute.COMMENT).describe())
                .isEqualTo("comment is too long");
        assertThat(new ItemProblem(ItemProblem.Code.OUT_OF_RANGE, Attribute.PORT).describe())
                .isEqualTo("port must be between 0 and 65535");
    }
}
