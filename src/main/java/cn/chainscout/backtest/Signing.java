package cn.chainscout.backtest;

import java.time.LocalDate;

/**
 * One real signing from the analyst's CSV, matched to the graph where it can be.
 *
 * @param row        the CSV line (2 = first data row), for messages
 * @param company    the company as written in the file
 * @param companyId  the graph's company, null when the graph does not know it
 * @param date       the signing date (a month or a year alone counts from its first day)
 * @param chainId    the chain it was signed for, null when neither chain nor segment says
 * @param segmentId  the leaf segment, null when not given or not matched
 * @param viaId      the local firm it came through, null when not given or not known
 * @param expansion  an added project of a group already present (二次招商), not a new investor
 */
public record Signing(int row, String company, String companyId, String companyName, LocalDate date, String chainId,
                      String segmentId, String viaId, boolean expansion, String source) {
}
