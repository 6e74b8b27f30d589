package cn.chainscout.project;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The plan's 亩均 entry bar (望政办函〔2022〕34号 四.9), per mu of land, in 万元.
 *
 * @param investmentWan investment per mu (400)
 * @param taxWan        annual tax per mu (40)
 * @param outputWan     annual output per mu (800)
 */
@Validated
@ConfigurationProperties("chainscout.projects.mu-bar")
public record MuBarProperties(@PositiveOrZero Double investmentWan, @PositiveOrZero Double taxWan,
                              @PositiveOrZero Double outputWan) {

    public MuBarProperties {
        investmentWan = investmentWan == null ? 400.0 : investmentWan;
        taxWan = taxWan == null ? 40.0 : taxWan;
        outputWan = outputWan == null ? 800.0 : outputWan;
    }
}
