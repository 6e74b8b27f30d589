package cn.chainscout.pipeline;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** A lead as the board, the list and its page show it. {@code overdue}: still open and its next step's date has passed. */
public record LeadCard(String id, LeadKind kind, LeadStage stage, String companyId, String companyName, String companyNameEn,
                       String chainId, String chainName, String chainNameEn, String segmentId, String segmentName,
                       String segmentNameEn, String viaId, String viaName, String viaNameEn, Double score, String reason,
                       String owner, String unit, String nextStep, LocalDate nextStepDate, String notes, String dropReason,
                       long version, ZonedDateTime createdAt, String createdBy, ZonedDateTime updatedAt, String updatedBy,
                       String projectId, boolean overdue) {
}
