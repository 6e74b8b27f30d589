package cn.chainscout.pipeline;

import java.util.List;

/** A company's leads for its portrait: each with its history, open ones first. */
public record CompanyLeads(List<Entry> leads) {

    public record Entry(LeadCard lead, List<HistoryEntry> history) {
    }
}
