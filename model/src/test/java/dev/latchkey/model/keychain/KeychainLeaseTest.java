package dev.latchkey.model.keychain;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static dev.latchkey.model.keychain.Fixtures.generic;
import static dev.latchkey.model.keychain.Fixtures.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.MutableClock;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.settings.LatchkeyHome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leases: a task's hold on a keychain, beside the user's unlock, and locking while tasks run. */
class KeychainLeaseTest {
    private static final char[] WRONG = "wrong".toCharArray();

    @TempDir
    Path home;

    private final MutableClock clock = Fixtures.clock();
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private KeychainService service;
    private KeychainRef ref;

    @BeforeEach
    void createKeychain() throws Exception {
        service = Fixtures.service(home, clock);
        ref = service.create("login", PASSWORD);
        service.addLockListener((r, state) -> events.add(state.name()));
    }

    @Test
    void aLeaseOnALockedKeychainUnlocksItForItsLengthOnlyAndTheUserSeesItLocked() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        try (KeychainLease lease = service.lease(ref, () -> {
            asked.incrementAndGet();
            return PASSWORD.clone();
        })) {
            assertThat(lease.keychain().isClosed()).isFalse();
            assertThat(service.state(ref)).isEqualTo(LockState.LOCKED);
            assertThat(service.unlocked(ref)).isEmpty();
            lease.keychain().items();
        }
        assertThat(asked).hasValue(1);
        assertThat(events).as("no lock-state change for the user").isEmpty();
        // Closed again: the next holder must unlock it (and gets it).
        try (KeychainLease again = service.lease(ref, PASSWORD::clone)) {
            assertThat(again.keychain().items()).isEmpty();
        }
    }

    @Test
    void aLeaseOnAKeychainTheUserUnlockedNeedsNoPasswordAndLeavesItUnlocked() throws Exception {
        Keychain k = service.unlock(ref, PASSWORD);
        try (KeychainLease lease = service.lease(ref, () -> {
            throw new AssertionError("the password must not be asked");
        })) {
            assertThat(lease.keychain()).isSameAs(k);
        }
        assertThat(k.isClosed()).isFalse();
        assertThat(service.state(ref)).isEqualTo(LockState.UNLOCKED);
        assertThat(events).containsExactly("UNLOCKING", "UNLOCKED");
        service.lock(ref);
        assertThat(k.isClosed()).isTrue();
        assertThat(events).containsExactly("UNLOCKING", "UNLOCKED", "LOCKING", "LOCKED");
    }

    @Test
    void aSecondTaskOnAKeychainATaskHoldsMustStillGiveTheRightPassword() throws Exception {
        try (KeychainLease first = service.lease(ref, PASSWORD::clone)) {
            LatchkeyException e = catchThrowableOfType(() -> service.lease(ref, WRONG::clone), LatchkeyException.class);
            assertThat(e.status()).isEqualTo(Status.AUTH_FAILED);
            assertThat(first.keychain().isClosed()).as("the first task goes on").isFalse();
            try (KeychainLease second = service.lease(ref, PASSWORD::clone)) {
                assertThat(second.keychain()).isSameAs(first.keychain());
            }
            assertThat(first.keychain().isClosed()).as("open while the first holds it").isFalse();
        }
    }

    @Test
    void theUserUnlockingWhileATaskHoldsItKeepsItUnlockedAfterTheTask() throws Exception {
        KeychainLease task = service.lease(ref, PASSWORD::clone);
        assertThat(catchThrowableOfType(() -> service.unlock(ref, WRONG), LatchkeyException.class).status())
                .isEqualTo(Status.AUTH_FAILED);
        Keychain k = service.unlock(ref, PASSWORD);
        assertThat(k).isSameAs(task.keychain());
        task.close();
        assertThat(k.isClosed()).isFalse();
        assertThat(service.state(ref)).isEqualTo(LockState.UNLOCKED);
        service.lock(ref);
    }

    @Test
    void lockingWaitsForTheTaskUnderWayAndTasksThatComeMeanwhileUnlockAgain() throws Exception {
        Keychain k = service.unlock(ref, PASSWORD);
        KeychainLease task = service.lease(ref, () -> {
            throw new AssertionError("unlocked for the user: no password");
        });
        CompletableFuture<Void> locking = CompletableFuture.runAsync(() -> service.lock(ref));
        awaitState(LockState.LOCKING);
        assertThat(locking).isNotDone();
        // The task goes on writing while the lock waits for it.
        try (Secret s = secret("x")) {
            task.keychain().add(ItemClass.GENERIC_PASSWORD, generic("mail", "during lock"), s);
        }
        CountDownLatch asked = new CountDownLatch(1);
        CompletableFuture<Integer> late = CompletableFuture.supplyAsync(() -> {
            try (KeychainLease lease = service.lease(ref, () -> {
                asked.countDown();
                return PASSWORD.clone();
            })) {
                return lease.keychain().items().size();
            } catch (LatchkeyException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(late).as("a task arriving while locking waits").isNotDone();
        task.close();
        locking.get(10, TimeUnit.SECONDS);
        assertThat(k.isClosed()).isTrue();
        assertThat(late.get(10, TimeUnit.SECONDS)).as("then unlocks with its own password").isEqualTo(1);
        assertThat(asked.getCount()).isZero();
        assertThat(service.state(ref)).isEqualTo(LockState.LOCKED);
    }

    @Test
    void anotherProcessWaitsForTheFileThenNamesWhoHasIt() throws Exception {
        try (KeychainLease held = service.lease(ref, PASSWORD::clone)) {
            KeychainService other = new KeychainService(new LatchkeyHome(home), Duration.ZERO, clock,
                    Duration.ofMillis(300));
            List<String> notices = new ArrayList<>();
            other.onWaitingForKeychain(notices::add);
            LatchkeyException e = catchThrowableOfType(() -> other.lease(ref, PASSWORD::clone), LatchkeyException.class);
            assertThat(e.status()).isEqualTo(Status.KEYCHAIN_IN_USE);
            assertThat(e.getMessage()).matches("the keychain is in use by Latchkey \\(pid \\d+\\)");
            assertThat(notices).hasSize(1);
            assertThat(held.keychain().isClosed()).isFalse();
        }
    }

    @Test
    void aProcessHoldingTheFileIsNamedAndItsDeathFreesTheFile() throws Exception {
        try (ChildProcess child = ChildProcess.start(home.resolve("child.err"), WriterProcess.class,
                home.toString(), "login", "child", "0")) {
            child.until("READY", 120);
            String first = child.next(120);
            assertThat(first).as("the child's first write").startsWith("ADDED ");
            KeychainService waiting = new KeychainService(new LatchkeyHome(home), Duration.ZERO, clock,
                    Duration.ofMillis(300));
            LatchkeyException e = catchThrowableOfType(() -> waiting.lease(ref, PASSWORD::clone),
                    LatchkeyException.class);
            assertThat(e.status()).isEqualTo(Status.KEYCHAIN_IN_USE);
            assertThat(e.getMessage()).isEqualTo("the keychain is in use by Latchkey (pid " + child.pid() + ")");
            child.kill();
        }
        // The operating system let go of the lock with the process; its acknowledged write is there.
        try (KeychainLease lease = service.lease(ref, PASSWORD::clone)) {
            assertThat(lease.keychain().items()).isNotEmpty();
        }
    }

    private void awaitState(LockState expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (service.state(ref) != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(service.state(ref)).isEqualTo(expected);
    }
}
