package cn.chainscout.project;

import java.time.LocalDate;

/**
 * What a signing agreement states, as entered on the signing form.
 *
 * @param investmentYi   total investment, 亿元
 * @param landMu         land, 亩
 * @param annualOutputYi expected annual output at full production, 亿元
 * @param annualTaxWan   expected annual tax, 万元
 */
public record ProjectFigures(String name, Double investmentYi, Double landMu, Double annualOutputYi,
                             Double annualTaxWan, LocalDate signedOn) {
}
