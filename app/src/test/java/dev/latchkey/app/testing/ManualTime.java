package dev.latchkey.app.testing;

import dev.latchkey.app.toolkit.Cancellable;
import dev.latchkey.app.toolkit.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A clock and a scheduler that only move when a test says so: {@link #advance} moves the
 * clock and fires every timer that falls due, in time order, on the calling thread. The
 * monotonic clock moves along, except in {@link #sleep}, which imitates a suspended computer.
 */
public final class ManualTime extends Clock implements Scheduler {
    private final List<Timer> timers = new ArrayList<>();
    private Instant now;
    private long nanos;

    private final class Timer implements Cancellable {
        final Duration period;
        final Runnable action;
        Instant due;
        boolean cancelled;

        Timer(Duration period, Instant due, Runnable action) {
            this.period = period;
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
            synchronized (ManualTime.this) {
                timers.remove(this);
            }
        }
    }

    public ManualTime() {
        this(Instant.parse("2026-03-04T09:30:00Z"));
    }

    public ManualTime(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Cancellable every(Duration period, Runnable action) {
        Timer t = new Timer(period, now.plus(period), action);
        timers.add(t);
        return t;
    }

    @Override
    public synchronized Cancellable after(Duration delay, Runnable action) {
        Timer t = new Timer(null, now.plus(delay), action);
        timers.add(t);
        return t;
    }

    /** Moves time forward, firing due timers one by one at their due time. */
    public void advance(Duration d) {
        Instant end;
        synchronized (this) {
            end = now.plus(d);
        }
        while (true) {
            Timer next;
            synchronized (this) {
                next = timers.stream().filter(t -> !t.due.isAfter(end)).min(Comparator.comparing(t -> t.due)).orElse(null);
                if (next == null) {
                    nanos += Duration.between(now, end).toNanos();
                    now = end;
                    return;
                }
                nanos += Duration.between(now, next.due).toNanos();
                now = next.due;
                if (next.period == null) {
                    timers.remove(next);
                } else {
                    next.due = next.due.plus(next.period);
                }
            }
            if (!next.cancelled) {
                next.action.run();
            }
        }
    }

    /** The computer sleeps: the wall clock jumps, the monotonic clock does not; no timer fires meanwhile. */
    public synchronized void sleep(Duration d) {
        now = now.plus(d);
        for (Timer t : timers) {
            if (t.due.isBefore(now)) {
                t.due = now;
            }
        }
    }
}
