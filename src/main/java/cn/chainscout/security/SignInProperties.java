package cn.chainscout.security;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How failed sign-ins are throttled (docs/security.md).
 *
 * @param freeAttempts        failed sign-ins per user name and address before a lock
 * @param firstLock           the first lock; doubles with each further failure …
 * @param maxLock             … up to this
 * @param addressFreeAttempts failed sign-ins from one address, any user names, before the address is locked
 * @param throttleCapacity    failure counts kept at most (the oldest unlocked go first)
 */
@Validated
@ConfigurationProperties("chainscout.security")
public record SignInProperties(
        @DefaultValue("5") @Positive int freeAttempts,
        @DefaultValue("1m") Duration firstLock,
        @DefaultValue("15m") Duration maxLock,
        @DefaultValue("50") @Positive int addressFreeAttempts,
        @DefaultValue("10000") @Positive int throttleCapacity) {
}
