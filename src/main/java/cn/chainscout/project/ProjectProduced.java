package cn.chainscout.project;

/** Published inside the transaction that moves a project to 投产, so its lead can follow (已落地). */
public record ProjectProduced(String projectId, String leadId) {
}
