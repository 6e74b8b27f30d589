package cn.chainscout.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The brute-force brake on its own, with a clock the test moves. */
class LoginThrottleTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(1), Duration.ofMinutes(5), clock);

    @Test
    void locksAfterTheFreeAttemptsForLongerEachTimeAndOnlyThatNameFromThatAddress() {
        throttle.failed("Wang", "10.0.0.1");
        throttle.failed("wang", "10.0.0.1");
        assertThatCode(() -> throttle.check("wang", "10.0.0.1")).doesNotThrowAnyException();
        throttle.failed("wang", "10.0.0.1");
        assertThatThrownBy(() -> throttle.check("WANG", "10.0.0.1")).isInstanceOf(LoginThrottledException.class)
                .extracting("retryAfterSeconds").isEqualTo(60L);
        // another name, or the same name from another address, is not slowed
        assertThatCode(() -> throttle.check("li", "10.0.0.1")).doesNotThrowAnyException();
        assertThatCode(() -> throttle.check("wang", "10.0.0.2")).doesNotThrowAnyException();

        clock.now = clock.now.plusSeconds(61);
        assertThatCode(() -> throttle.check("wang", "10.0.0.1")).doesNotThrowAnyException();
        throttle.failed("wang", "10.0.0.1");
        assertThatThrownBy(() -> throttle.check("wang", "10.0.0.1")).extracting("retryAfterSeconds").isEqualTo(120L);
        for (int i = 0; i < 10; i++) {
            throttle.failed("wang", "10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.check("wang", "10.0.0.1")).extracting("retryAfterSeconds").isEqualTo(300L);
    }

    @Test
    void aSuccessClearsTheCount() {
        throttle.failed("zhao", "10.0.0.1");
        throttle.failed("zhao", "10.0.0.1");
        throttle.succeeded("zhao", "10.0.0.1");
        throttle.failed("zhao", "10.0.0.1");
        assertThatCode(() -> throttle.check("zhao", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void aValidAccountSigningInBetweenGuessesDoesNotResetTheAddressCount() {
        LoginThrottle strict = new LoginThrottle(3, 10, 1000, Duration.ofMinutes(1), Duration.ofMinutes(5), clock);
        // the probe's run: guesses at other names, the guesser's own account signing in after every few
        for (int i = 0; i < 10; i++) {
            strict.failed("guess-" + i, "10.0.0.9");
            if (i % 4 == 3) {
                strict.succeeded("insider", "10.0.0.9");
            }
        }
        assertThatThrownBy(() -> strict.check("staff-new", "10.0.0.9")).as("the 10th guess locks the address")
                .isInstanceOf(LoginThrottledException.class);
        strict.succeeded("insider", "10.0.0.9");
        assertThatThrownBy(() -> strict.check("staff-new", "10.0.0.9")).as("a sign-in does not lift the lock")
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void aPersonsOwnTyposAreForgivenAtTheAddressByTheirOwnSignIn() {
        LoginThrottle strict = new LoginThrottle(3, 10, 1000, Duration.ofMinutes(1), Duration.ofMinutes(5), clock);
        // a day of typos behind one office address, each person signing in after their own
        for (int i = 0; i < 30; i++) {
            String person = "staff-" + (i % 7);
            strict.failed(person, "10.0.0.8");
            strict.succeeded(person, "10.0.0.8");
        }
        assertThatCode(() -> strict.check("staff-new", "10.0.0.8")).as("the address is not locked").doesNotThrowAnyException();
    }

    @Test
    void manyNamesFromOneAddressLockThatAddressForEveryNameButNotOtherAddresses() {
        LoginThrottle strict = new LoginThrottle(3, 10, 1000, Duration.ofMinutes(1), Duration.ofMinutes(5), clock);
        for (int i = 0; i < 9; i++) {
            strict.failed("guess-" + i, "10.0.0.7"); // two tries each would never lock a single name
        }
        assertThatCode(() -> strict.check("someone-new", "10.0.0.7")).doesNotThrowAnyException();
        strict.failed("guess-9", "10.0.0.7");
        assertThatThrownBy(() -> strict.check("someone-new", "10.0.0.7")).isInstanceOf(LoginThrottledException.class)
                .extracting("retryAfterSeconds").isEqualTo(60L);
        assertThatCode(() -> strict.check("someone-new", "10.0.0.8")).doesNotThrowAnyException();
        clock.now = clock.now.plusSeconds(61);
        assertThatCode(() -> strict.check("someone-new", "10.0.0.7")).doesNotThrowAnyException();
    }

    @Test
    void randomNamesCannotGrowTheMemoryWithoutBoundAndOldCountsAreForgotten() {
        LoginThrottle bounded = new LoginThrottle(3, 1_000_000, 100, Duration.ofMinutes(1), Duration.ofMinutes(5), clock);
        for (int i = 0; i < 3; i++) {
            bounded.failed("wang", "10.0.0.1");
        }
        for (int i = 0; i < 20_000; i++) {
            bounded.failed("random-" + i, "10.1." + (i / 250) + "." + (i % 250));
            assertThat(bounded.size()).isLessThanOrEqualTo(101);
        }
        // the locked name was kept while unlocked counts made room
        assertThatThrownBy(() -> bounded.check("wang", "10.0.0.1")).isInstanceOf(LoginThrottledException.class);

        clock.now = clock.now.plus(Duration.ofMinutes(6));
        for (int i = 0; i < 256; i++) {
            bounded.failed("late", "10.9.9.9");
        }
        assertThat(bounded.size()).as("counts older than the longest lock are forgotten").isEqualTo(2);
    }

    @Test
    void aLockIsWorthOneAuditEntryNotOnePerRefusal() {
        assertThat(throttle.worthRecording("sun", "10.0.0.3")).as("nothing counted yet").isTrue();
        for (int i = 0; i < 3; i++) {
            throttle.failed("sun", "10.0.0.3");
        }
        assertThat(throttle.worthRecording("sun", "10.0.0.3")).as("the lock's first refusal").isTrue();
        assertThat(throttle.worthRecording("sun", "10.0.0.3")).isFalse();
        assertThat(throttle.worthRecording("SUN", "10.0.0.3")).isFalse();
        assertThat(throttle.worthRecording("sun", "10.0.0.4")).as("another address").isTrue();
        clock.now = clock.now.plusSeconds(61);
        throttle.failed("sun", "10.0.0.3");
        assertThat(throttle.worthRecording("sun", "10.0.0.3")).as("a new lock").isTrue();
        assertThat(throttle.worthRecording("sun", "10.0.0.3")).isFalse();
    }
}
