package cn.chainscout.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code freeAttempts} failed sign-ins for one user name from one
 * address, that pair is locked for a while, twice as long after each further failure (up to
 * {@code maxLock}). A success clears the count. Kept in memory: a restart forgets it.
 */
public class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final int freeAttempts;
    private final Duration firstLock;
    private final Duration maxLock;
    private final Clock clock;

    public LoginThrottle(int freeAttempts, Duration firstLock, Duration maxLock, Clock clock) {
        this.freeAttempts = freeAttempts;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
        this.clock = clock;
    }

    /** @throws LoginThrottledException while this user name and address are locked */
    public void check(String username, String address) {
        Failures f = failures.get(key(username, address));
        if (f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil())) {
            long seconds = Math.max(1, Duration.between(clock.instant(), f.lockedUntil()).toSeconds());
            throw new LoginThrottledException(seconds);
        }
    }

    public void failed(String username, String address) {
        failures.compute(key(username, address), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            Instant lockedUntil = null;
            if (count >= freeAttempts) {
                // 1×, 2×, 4×… the first lock, never longer than maxLock
                long factor = 1L << Math.min(20, count - freeAttempts);
                Duration lock = firstLock.multipliedBy(factor);
                lockedUntil = clock.instant().plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
            }
            return new Failures(count, lockedUntil);
        });
    }

    public void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "|" + (address == null ? "" : address);
    }
}
