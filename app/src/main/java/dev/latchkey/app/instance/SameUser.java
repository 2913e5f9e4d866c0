package dev.latchkey.app.instance;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import java.util.function.Predicate;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * Tells the user at the other end of a Unix socket (the kernel's peer credentials). The data
 * folder is owner-only already; this is the second wall, for a folder whose permissions were
 * widened by hand.
 */
final class SameUser {
    private SameUser() {
    }

    /** Whether {@code user} is the user this process runs as. */
    static boolean is(String user) {
        return user.equals(System.getProperty("user.name"));
    }

    /** The other end's user name when {@code allowed} refuses it; empty for an allowed user. */
    static Optional<String> stranger(SocketChannel channel, Predicate<String> allowed) throws IOException {
        String user;
        try {
            UnixDomainPrincipal peer = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
            user = peer.user().getName();
        } catch (UnsupportedOperationException e) {
            return Optional.empty(); // no peer credentials here (Windows): the folder's ACL is the wall
        }
        return allowed.test(user) ? Optional.empty() : Optional.of(user);
    }
}
