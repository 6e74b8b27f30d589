package cn.chainscout.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slows password guessing: after {@code freeAttempts} failed sign-ins for one user name from one
 * address, that pair is locked for a while, twice as long after each further failure (up to
 * {@code maxLock}). An address that fails {@code addressFreeAttempts} times across any user names
 * (guessing names, or one password against many) is locked the same way, whatever name it tries.
 * A success clears its pair's count. Kept in memory, and bounded: a count is forgotten
 * {@code maxLock} after its last failure once no lock holds, and at most {@code capacity} are kept
 * (the oldest unlocked ones go first). A restart forgets everything.
 */
public class LoginThrottle {

    /** Failed sign-ins from one address, over all names, before the address itself is locked. */
    public static final int DEFAULT_ADDRESS_FREE_ATTEMPTS = 50;
    /** Counts kept at most: random user names cannot grow the map without bound. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private static final int SWEEP_EVERY = 256;

    /** @param reported whether the refusals of the current lock were already put into the audit trail */
    private record Failures(int count, Instant last, Instant lockedUntil, boolean reported) {
    }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final int freeAttempts;
    private final int addressFreeAttempts;
    private final int capacity;
    private final Duration firstLock;
    private final Duration maxLock;
    private final Clock clock;

    public LoginThrottle(int freeAttempts, Duration firstLock, Duration maxLock, Clock clock) {
        this(freeAttempts, DEFAULT_ADDRESS_FREE_ATTEMPTS, DEFAULT_CAPACITY, firstLock, maxLock, clock);
    }

    public LoginThrottle(int freeAttempts, int addressFreeAttempts, int capacity, Duration firstLock, Duration maxLock,
                         Clock clock) {
        this.freeAttempts = freeAttempts;
        this.addressFreeAttempts = addressFreeAttempts;
        this.capacity = Math.max(16, capacity);
        this.firstLock = firstLock;
        this.maxLock = maxLock;
        this.clock = clock;
    }

    /** @throws LoginThrottledException while this user name and address, or this address, are locked */
    public void check(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(key(username, address), now), lockedUntil(addressKey(address), now));
        if (until != null) {
            throw new LoginThrottledException(Math.max(1, Duration.between(now, until).toSeconds()));
        }
    }

    public void failed(String username, String address) {
        count(key(username, address), freeAttempts);
        count(addressKey(address), addressFreeAttempts);
        if (failures.size() > capacity || calls.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep();
        }
    }

    public void succeeded(String username, String address) {
        Failures own = failures.remove(key(username, address));
        // the address forgives only this name's own typos: an account signing in between guesses at other
        // names must not reset the address's count (one valid account would otherwise buy 49 guesses a time)
        if (own == null) {
            return;
        }
        Instant now = clock.instant();
        failures.computeIfPresent(addressKey(address), (k, f) -> {
            if (locked(f, now)) {
                return f;
            }
            int left = f.count() - own.count();
            return left <= 0 ? null : new Failures(left, f.last(), f.lockedUntil(), f.reported());
        });
    }

    /**
     * Whether a refused sign-in of this pair should go into the audit trail: every failure before a
     * lock, then only the first refusal during each lock (a guessing run cannot flood the trail).
     */
    public boolean worthRecording(String username, String address) {
        Instant now = clock.instant();
        boolean[] record = {true};
        for (String key : new String[] {key(username, address), addressKey(address)}) {
            failures.computeIfPresent(key, (k, f) -> {
                if (f.lockedUntil() == null || !now.isBefore(f.lockedUntil())) {
                    return f;
                }
                if (f.reported()) {
                    record[0] = false;
                    return f;
                }
                return new Failures(f.count(), f.last(), f.lockedUntil(), true);
            });
        }
        return record[0];
    }

    /** How many counts are kept now (for tests and the curious). */
    int size() {
        return failures.size();
    }

    private void count(String key, int free) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> {
            int count = f == null || forgotten(f, now) ? 1 : f.count() + 1;
            Instant lockedUntil = null;
            if (count >= free) {
                // 1×, 2×, 4×… the first lock, never longer than maxLock
                long factor = 1L << Math.min(20, count - free);
                Duration lock = firstLock.multipliedBy(factor);
                lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
            }
            boolean sameLock = f != null && lockedUntil != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil());
            return new Failures(count, now, lockedUntil, sameLock && f.reported());
        });
    }

    /** Drops forgotten counts; if still over capacity, the unlocked ones with the oldest failure first. */
    private void sweep() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(e -> forgotten(e.getValue(), now));
        int over = failures.size() - capacity;
        if (over > 0) {
            failures.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, Failures> e) -> locked(e.getValue(), now))
                            .thenComparing(e -> e.getValue().last()))
                    .limit(over).map(Map.Entry::getKey).toList()
                    .forEach(failures::remove);
        }
    }

    private boolean forgotten(Failures f, Instant now) {
        return !locked(f, now) && !now.isBefore(f.last().plus(maxLock));
    }

    private static boolean locked(Failures f, Instant now) {
        return f.lockedUntil() != null && now.isBefore(f.lockedUntil());
    }

    private Instant lockedUntil(String key, Instant now) {
        Failures f = failures.get(key);
        return f != null && locked(f, now) ? f.lockedUntil() : null;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "|" + (address == null ? "" : address);
    }

    // no user name contains a line break (they are stripped), so this never meets a pair's key
    private static String addressKey(String address) {
        return "\n|" + (address == null ? "" : address);
    }
}
