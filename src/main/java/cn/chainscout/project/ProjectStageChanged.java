package cn.chainscout.project;

/**
 * Published inside the transaction that moves a project a stage on (签约 → 开工 → 投产), so the
 * pipeline can record it in its lead's history and land the lead at 投产, without the project feature
 * writing the pipeline's nodes.
 */
public record ProjectStageChanged(String projectId, String leadId, ProjectStage from, ProjectStage to) {

    public boolean producing() {
        return to == ProjectStage.PRODUCING;
    }
}
