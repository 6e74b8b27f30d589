package cn.chainscout.pipeline;

import java.util.List;

import cn.chainscout.project.Project;

/** A lead's page: the lead, its history (newest first) and its project once signed (else null). */
public record LeadDetails(LeadCard lead, List<HistoryEntry> history, Project project) {
}
