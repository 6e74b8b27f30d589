package cn.chainscout.lead;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param warmUp after the seed load, run the gap and lead queries once in the background (the first plan of
 *               each costs seconds the first user would otherwise wait for)
 */
@Validated
@ConfigurationProperties("chainscout.leads")
public record LeadProperties(@DefaultValue("true") boolean warmUp) {
}
