package cn.chainscout.project;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a signing agreement states, as entered on the signing form; the constraints are the form's rules
 * (each message an i18n key, see {@link cn.chainscout.common.Commands}).
 *
 * @param investmentYi   total investment, 亿元
 * @param landMu         land, 亩
 * @param annualOutputYi expected annual output at full production, 亿元
 * @param annualTaxWan   expected annual tax, 万元
 */
public record ProjectFigures(
        @Size(max = ProjectService.MAX_NAME, message = "project.error.tooLong") String name,
        @NotNull(message = "project.error.required") @Positive(message = "project.error.positive") Double investmentYi,
        @NotNull(message = "project.error.required") @Positive(message = "project.error.positive") Double landMu,
        @NotNull(message = "project.error.required") @Positive(message = "project.error.positive") Double annualOutputYi,
        @NotNull(message = "project.error.required") @Positive(message = "project.error.positive") Double annualTaxWan,
        @NotNull(message = "project.error.required") LocalDate signedOn) {
}
