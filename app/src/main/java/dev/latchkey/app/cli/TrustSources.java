package dev.latchkey.app.cli;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.trust.SystemRoots;
import dev.latchkey.model.trust.TrustService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The anchors of an evaluation on the command line ({@code verify-cert}, {@code cms verify},
 * {@code codesign --verify}): roots given with -r, and unless -L the System Roots and, when
 * there is one, the keychain's certificates and trust settings (its password is asked for).
 */
final class TrustSources {
    @Option(names = "-r", paramLabel = "ROOT", description = "A root to trust for this evaluation.")
    List<Path> roots = new ArrayList<>();
    @Option(names = "-L", description = "Leave out System Roots and the keychain: only -r roots are trusted.")
    boolean noDefaults;

    TrustService.Builder builder(LatchkeyCommand root) throws LatchkeyException {
        TrustService.Builder builder = TrustService.builder().anchors(TrustCommands.certificates(roots));
        if (!noDefaults) {
            builder.systemRoots(SystemRoots.platform());
            Optional<KeychainRef> ref = root.keychain != null ? Optional.of(root.keychainRef(null))
                    : root.context.service().defaultKeychain();
            if (ref.isPresent()) {
                builder.keychain(root.unlock(ref.get()));
            }
        }
        return builder;
    }

    /** Builds the service and warns about what it could not use. */
    TrustService service(LatchkeyCommand root) throws LatchkeyException {
        TrustService trust = builder(root).build();
        trust.ignored().forEach(line -> root.context.err().println("latchkey: warning: ignored " + line));
        return trust;
    }
}
