package cn.chainscout.pipeline;

/**
 * A lead to put on the shortlist (加入备选) or enter by hand (定向招商).
 *
 * @param segmentId the gap it fills (产业链招商), else null
 * @param viaId     the local firm it goes through (以商招商), else null
 * @param chainId   the chain it serves, null if none
 * @param score     the lead engine's score, null for 定向招商
 * @param reason    the one-line reason (推荐理由) or, by hand, why this company
 */
public record NewLead(LeadKind kind, String companyId, String segmentId, String viaId, String chainId, Double score,
                      String reason) {
}
