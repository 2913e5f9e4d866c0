package dev.latchkey.model.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Realistic messages and what a user would type from them; null means "no code here". */
class CodeExtractorTest {
    static Stream<Arguments> messages() {
        return Stream.of(
                // English, the common senders
                code("Your verification code is 123-456", "123456"),
                code("G-482913 is your Google verification code.", "482913"),
                code("Your Microsoft account security code is 7394", "7394"),
                code("123456 is your Instagram code. Don't share it.", "123456"),
                code("Your WhatsApp code: 845-210. Don't share this code with others.", "845210"),
                code("Use 845210 to verify your account.", "845210"),
                code("Your Amazon OTP is 552910. Do not share it with anyone.", "552910"),
                code("[Apple] Your Apple ID Code is: 583920. Don't share it with anyone.", "583920"),
                code("Your Uber code: 4821. Reply STOP to unsubscribe.", "4821"),
                code("Use code 123 456 to sign in to Slack", "123456"),
                code("Hi! 738 291 is your Lyft code.", "738291"),
                code("Your one-time password is 90817364", "90817364"),
                code("Your PIN is 4821", "4821"),
                code("PayPal: Your security code is 602914. Your code expires in 10 minutes. Please don't reply.", "602914"),
                code("Your Chase one-time passcode is 39201847. Never share it. Questions? Call 1-800-935-9935.", "39201847"),
                code("Code: 2847. Use it within 5 minutes. Order total $45.99", "2847"),
                code("Telegram code: 59203\n\nYou can also tap on this link to log in:\nhttps://t.me/login/59203", "59203"),
                code("Your login code for ticket 48392 is 992817", "992817"),
                code("Your code is A7K9Q2", "A7K9Q2"),
                code("Your Steam Guard code: F4K2P", "F4K2P"),
                code("Your GitHub authentication code is 007 219. It expires at 10:45 AM.", "007219"),
                code("Dropbox: 314159 is your security code. Sent on 2024-05-14 at 09:12.", "314159"),
                code("Your Twitter confirmation code is 6GX2KQ.", "6GX2KQ"),
                code("Verification code: 482 019 (valid for 15 minutes, do not share). Support: +44 20 7946 0958", "482019"),
                // Other languages
                code("Ihr Bestätigungscode lautet 738291.", "738291"),
                code("Votre code de vérification est : 492 817", "492817"),
                code("Tu código de verificación es 581204", "581204"),
                code("Il tuo codice di verifica è 603918", "603918"),
                code("Seu código de acesso é 771203", "771203"),
                code("Uw verificatiecode is 408216", "408216"),
                code("Ваш код подтверждения: 5839", "5839"),
                code("【淘宝】您的验证码是382910，5分钟内有效。", "382910"),
                code("認証コード：482019 このコードを他人に教えないでください", "482019"),
                code("[카카오] 인증번호 [384920]을 입력해주세요.", "384920"),
                code("Twój kod weryfikacyjny to 491027", "491027"),
                code("Doğrulama kodunuz: 662018", "662018"),
                code("Din verifieringskod är 118273", "118273"),
                code("Din engangskode er 774411", "774411"),
                code("Ваш код для входа: １２３４５６", "123456"),
                // Nothing to find
                code("Call me at +1 415 555 0100 when you land.", null),
                code("Your code? Call me at +1 415 555 0100", null),
                code("Meeting moved to 2024-05-14 at 10:30.", null),
                code("Your order #482913 has shipped and will arrive on 05/17/2024.", null),
                code("Your order number is 4829137. Use promo code SUMMER for 10% off", null),
                code("Your security code will never be requested by phone. Payment of €1.234,56 received.", null),
                code("The code review is at 14:30 in room 4021.", null),
                code("Your package will arrive between 14:00 and 16:00. Tracking: 1Z999AA10123456784", null),
                code("Your PIN was changed on 12.03.2024. If this wasn't you, call 0800 123 4567.", null),
                code("Your verification code has expired. Request a new one at https://example.com/verify?id=123456", null),
                code("Your 2FA backup codes were generated on 2023-11-02.", null),
                code("Your Wi-Fi password is Sunshine2024", null),
                code("Your balance is 1523 points. Earn more with promo code BONUS25", null),
                code("Invoice 20240517 for $1,299.00 is due on 31.05.2024.", null),
                code("Lunch at 12:30? I booked table 12 for 4 people.", null),
                code("Thanks for your payment of 250 EUR, reference 88392011.", null),
                code("Your verification code will be sent to j.doe2024@example.com", null),
                code("", null));
    }

    private static Arguments code(String message, String expected) {
        return Arguments.of(message, expected);
    }

    @ParameterizedTest
    @MethodSource("messages")
    void extractsTheCodeAUserWouldType(String message, String expected) {
        assertThat(CodeExtractor.extract(message)).as(message).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void theTableHasEnoughOfBothKinds() {
        assertThat(messages().filter(a -> a.get()[1] == null).count()).isGreaterThanOrEqualTo(15);
        assertThat(messages().count()).isGreaterThanOrEqualTo(40);
    }
}
