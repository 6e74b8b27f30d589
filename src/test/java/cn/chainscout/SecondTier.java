package cn.chainscout;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * The second test tier: tests that spawn JVMs or extra databases, and the Chromium journeys. They
 * stay out of the default {@code ./mvnw verify} so it finishes in minutes; {@code ./mvnw verify -Psecond-tier}
 * runs them, and CI runs both tiers (README, "The two commands").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("second-tier")
public @interface SecondTier {
}
