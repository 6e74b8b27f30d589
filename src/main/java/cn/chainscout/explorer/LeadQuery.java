package cn.chainscout.explorer;

import cn.chainscout.lead.Lead;

/**
 * The leads page's filters; null means "any".
 *
 * @param region   matched against the company's province or country (湖南, 广东, 日本 …, or Hunan, Japan)
 * @param minScore leads below it are left out
 */
public record LeadQuery(Lead.LeadKind kind, String chainId, String segmentId, String list, String viaId,
                        String region, Double minScore) {
}
