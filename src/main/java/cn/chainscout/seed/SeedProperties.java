package cn.chainscout.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param location where the seed files are: {@code classpath:graph-seed/} (bundled) or {@code file:…/}
 * @param enabled  false: start without loading any seed
 */
@ConfigurationProperties("chainscout.seed")
public record SeedProperties(
        @DefaultValue("classpath:graph-seed/") String location,
        @DefaultValue("true") boolean enabled) {
}
