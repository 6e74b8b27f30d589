package cn.chainscout.project;

import java.time.LocalDate;

/** A signed investment project with its lead, figures, dates and 亩均 result. */
public record Project(String id, String name, String leadId, String companyId, String companyName, String companyNameEn,
                      double investmentYi, double landMu, double annualOutputYi, double annualTaxWan,
                      LocalDate signedOn, LocalDate startedOn, LocalDate producingOn, ProjectStage stage, long version,
                      String createdBy, MuCheck mu) {
}
