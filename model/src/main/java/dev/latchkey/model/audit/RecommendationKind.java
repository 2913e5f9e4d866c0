package dev.latchkey.model.audit;

/** The kinds of security recommendation, in the order a list shows them. */
public enum RecommendationKind {
    BREACHED("This password appears in a list of breached passwords."),
    REUSED("This password is used for more than one item."),
    WEAK("This password is easy to guess."),
    OTP_WITH_PASSWORD("This item keeps its one-time code seed with its password, so one leak gives away both."),
    OLD("This password has not been changed for over a year.");

    private final String sentence;

    RecommendationKind(String sentence) {
        this.sentence = sentence;
    }

    /** A sentence for the user. */
    public String sentence() {
        return sentence;
    }
}
