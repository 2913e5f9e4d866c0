package dev.latchkey.model.cms;

import dev.latchkey.crypto.cms.SignedMessage;
import java.util.List;

/** A verified signed message: its content and a verdict per signer. */
public record MessageVerdict(SignedMessage message, List<SignerVerdict> signers) {
    public MessageVerdict {
        signers = List.copyOf(signers);
    }

    /** At least one signer, and every signer's signature holds and is trusted. */
    public boolean good() {
        return !signers.isEmpty() && signers.stream().allMatch(SignerVerdict::good);
    }
}
