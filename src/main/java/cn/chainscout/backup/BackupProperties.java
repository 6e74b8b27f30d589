package cn.chainscout.backup;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param restoreBatchSize nodes or relationships a restore writes per transaction: a large backup never
 *                         needs one transaction the size of the graph (a failing batch undoes the whole restore)
 */
@Validated
@ConfigurationProperties("chainscout.backup")
public record BackupProperties(@DefaultValue("1000") @Positive int restoreBatchSize) {
}
