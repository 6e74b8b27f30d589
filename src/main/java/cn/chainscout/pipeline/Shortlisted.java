package cn.chainscout.pipeline;

/** The outcome of 加入备选: the lead's id, and whether it is new or was already on the shortlist. */
public record Shortlisted(String leadId, boolean created) {
}
