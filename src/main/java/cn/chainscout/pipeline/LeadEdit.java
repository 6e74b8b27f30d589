package cn.chainscout.pipeline;

import java.time.LocalDate;

/** The lead form's fields a user edits; null or blank clears a field. */
public record LeadEdit(String owner, String unit, String nextStep, LocalDate nextStepDate, String notes) {
}
