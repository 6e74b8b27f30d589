package cn.chainscout.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first start's admin account (docs/security.md).
 *
 * @param username  its user name
 * @param password  its password (CHAINSCOUT_ADMIN_PASSWORD); unset: a one-time password printed once to the log
 * @param bootstrap false: create no admin account (tests, the restore command)
 */
@Validated
@ConfigurationProperties("chainscout.admin")
public record AdminProperties(
        @DefaultValue("admin") @NotBlank String username,
        @DefaultValue("") String password,
        @DefaultValue("true") boolean bootstrap) {
}
