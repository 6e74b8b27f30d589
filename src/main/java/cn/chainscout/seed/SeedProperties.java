package cn.chainscout.seed;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param location where the seed files are: {@code classpath:graph-seed/} (bundled) or {@code file:…/}
 * @param enabled  false: start without loading any seed
 */
@Validated
@ConfigurationProperties("chainscout.seed")
public record SeedProperties(
        @DefaultValue("classpath:graph-seed/") @NotBlank String location,
        @DefaultValue("true") boolean enabled) {
}
