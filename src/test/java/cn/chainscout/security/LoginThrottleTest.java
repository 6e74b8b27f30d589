package cn.chainscout.security;

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
}
