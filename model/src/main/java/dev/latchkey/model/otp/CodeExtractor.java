package dev.latchkey.model.otp;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the one-time code in a pasted message ("Your verification code is 123-456",
 * "G-482913 is your Google verification code", "Ihr Bestätigungscode lautet 123456").
 *
 * <p>A message must name a code (in one of a dozen languages) for anything to be found.
 * Numbers that are something else are blanked out first: links, e-mail addresses, dates,
 * times, amounts, phone numbers, order, booking or tracking numbers, and numbers with a unit
 * or a place (10 minutes, room 4021). Of what is left, the candidate nearest a code word
 * wins: 4 to 8 digits, possibly in two groups ("123 456", "123-456") or behind a short letter
 * prefix ("G-482913"), or, right next to the code word, a mixed letter-digit code ("A7K9Q2").
 * The result has the separators and prefix removed: what a user types.
 */
public final class CodeExtractor {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** Words that say "this message carries a code". */
    private static final Pattern CODE_WORD = Pattern.compile(String.join("|",
            "\\b(?:code|passcode|pin|otp|one[- ]time password|password|token|2fa|mfa|tan)s?\\b",
            "\\bverif\\w*",
            // German, Dutch, Scandinavian compounds: Bestätigungscode, verificatiecode, engangskode, verifieringskod
            "\\w*(?:code|kode|kod)\\b",
            // French, Spanish, Portuguese, Italian
            "\\bc[oó]digo\\b", "\\bcodice\\b",
            // Polish, Czech, Turkish
            "\\bkod\\w*", "\\bkód\\w*",
            // Russian, Ukrainian
            "\\bкод\\w*", "\\bпароль\\b",
            // Chinese, Japanese, Korean
            "验证码", "驗證碼", "校验码", "动态码", "確認コード", "認証コード", "認証番号", "確認番号", "ワンタイムパスワード",
            "인증번호", "인증 ?코드", "확인 ?코드"), FLAGS);

    /** Numbers that are not codes, blanked before candidates are looked for. */
    private static final List<Pattern> NOT_CODES = List.of(
            Pattern.compile("\\b(?:https?://|www\\.)\\S+", FLAGS),
            Pattern.compile("\\S+@\\S+\\.\\w+", FLAGS),
            // Dates: 2024-05-01, 05/01/2024, 1.5.2024
            Pattern.compile("\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b|\\b\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}\\b", FLAGS),
            // Times: 12:30, 9:05:00 pm
            Pattern.compile("\\b\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?", FLAGS),
            // Amounts: $1,234.56, € 25, 1.234,56 EUR, 100 kr, 15 %
            Pattern.compile("[$€£¥₹₽]\\s?\\d(?:[\\d,.\\s]*\\d)?", FLAGS),
            Pattern.compile("\\d[\\d,.]*\\s?(?:USD|EUR|GBP|CHF|JPY|CNY|RUB|INR|SEK|NOK|DKK|PLN|kr|zł|руб\\w*|元|円|%)(?!\\w)",
                    FLAGS),
            Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?\\b|\\b\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?\\b|\\b\\d+[.,]\\d{1,2}\\b",
                    FLAGS),
            // Phone numbers: +1 415 555 0100, 0044 20 7946 0958, (555) 123-4567, 555.123.4567, 0800 123 4567
            Pattern.compile("(?:\\+|\\b00)\\d[\\d\\s().-]{6,}\\d", FLAGS),
            Pattern.compile("\\(\\d{2,4}\\)\\s?\\d{3,4}[\\s.-]?\\d{3,4}", FLAGS),
            Pattern.compile("\\b\\d{3}[.-]\\d{3}[.-]\\d{4}\\b", FLAGS),
            Pattern.compile("\\b\\d{3,4}\\s\\d{3}\\s\\d{3,4}\\b", FLAGS),
            // Order, booking, tracking and account numbers in several languages, and #123 references
            Pattern.compile("\\b(?:order|invoice|booking|reservation|tracking|shipment|parcel|ticket|case|ref(?:erence)?"
                    + "|account|acct|customer|member|confirmation number|bestellung|rechnung|sendung|commande|facture"
                    + "|pedido|factura|ordine|заказ\\w*|订单|注文)\\s*(?:no\\.?|nr\\.?|number|num\\.?|n°|#|id|:)?\\s*[:#]?"
                    + "(?:\\s*(?:is|was|ist|est|es|é))?\\s*(?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{2,}", FLAGS),
            Pattern.compile("#\\s?[A-Z0-9-]{3,}", FLAGS),
            // Numbers with a unit or a place: 10 minutes, 1523 points, room 4021, gate B12, promo code X20
            Pattern.compile("\\d+\\s?(?:points?|pts|miles|km|kg|lbs?|items?|min(?:ute)?s?|hours?|hrs?|days?|seconds?|secs?"
                    + "|[GMK]B|Minuten|Stunden|Tagen?|jours|minutos|días|minuti|giorni|минут\\w*|分钟|分|時間|日)(?!\\w)", FLAGS),
            Pattern.compile("\\b(?:room|floor|suite|apt|unit|gate|seat|flight|page|line|platform|ext|extension|version"
                    + "|build|model|zip|post(?:al)?\\s?code|promo\\s?code|coupon\\s?code|discount\\s?code|voucher)"
                    + "\\s*(?:no\\.?|nr\\.?|#|:)?\\s*(?:[A-Z]{1,3}\\s?)?[A-Z0-9-]*\\d[A-Z0-9-]*", FLAGS));

    /** Codes may touch CJK text ("验证码是382910") but not Latin, Greek or Cyrillic letters or other digits. */
    private static final String EDGE = "[\\p{IsLatin}\\p{IsGreek}\\p{IsCyrillic}\\p{N}_]";

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!" + EDGE + "|-)(?:[A-Z]{1,3}-)?(\\d{3,4}[ -]\\d{3,4}|\\d{4,8})(?!" + EDGE + "|-\\d)");

    private static final Pattern MIXED = Pattern.compile(
            "(?<!" + EDGE + "|-)(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,10}(?!" + EDGE + "|-)");

    /** How far (in characters) a code may be from its code word. */
    private static final int MAX_DISTANCE = 80;
    /** Mixed letter-digit codes must sit right next to the code word. */
    private static final int MAX_MIXED_DISTANCE = 12;

    private CodeExtractor() {
    }

    public static Optional<String> extract(String message) {
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        // NFKC turns full-width digits and letters into ASCII ones.
        String text = Normalizer.normalize(message, Normalizer.Form.NFKC);
        List<int[]> words = CODE_WORD.matcher(text).results().map(r -> new int[] {r.start(), r.end()}).toList();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String masked = text;
        for (Pattern p : NOT_CODES) {
            masked = blank(masked, p);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        Matcher numeric = NUMERIC.matcher(masked);
        while (numeric.find()) {
            int d = distance(words, numeric.start(), numeric.end());
            if (d <= MAX_DISTANCE && d < bestDistance) {
                bestDistance = d;
                best = numeric.group(1).replaceAll("[ -]", "");
            }
        }
        Matcher mixed = MIXED.matcher(masked);
        while (mixed.find()) {
            int d = distance(words, mixed.start(), mixed.end());
            if (d <= MAX_MIXED_DISTANCE && d < bestDistance) {
                bestDistance = d;
                best = mixed.group();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Characters between the candidate and the nearest code word (0 if they touch or overlap). */
    private static int distance(List<int[]> words, int start, int end) {
        int best = Integer.MAX_VALUE;
        for (int[] w : words) {
            int d = end <= w[0] ? w[0] - end : w[1] <= start ? start - w[1] : 0;
            best = Math.min(best, d);
        }
        return best;
    }

    private static String blank(String text, Pattern p) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        } while (m.find());
        return out.toString();
    }
}
