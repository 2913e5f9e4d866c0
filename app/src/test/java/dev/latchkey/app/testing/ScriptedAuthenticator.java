package dev.latchkey.app.testing;

import dev.latchkey.app.unlock.Authenticator;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Keychain;
import java.util.ArrayList;
import java.util.List;

/** Plays the user at the password prompt: types the given password, or cancels when it is null. */
public final class ScriptedAuthenticator implements Authenticator {
    public final List<String> reasons = new ArrayList<>();
    private String password;

    public ScriptedAuthenticator types(String typed) {
        this.password = typed;
        return this;
    }

    @Override
    public boolean authenticate(Keychain keychain, String reason) {
        reasons.add(reason);
        if (password == null) {
            return false;
        }
        try {
            keychain.confirmPassword(password.toCharArray());
            return true;
        } catch (LatchkeyException e) {
            return false;
        }
    }
}
