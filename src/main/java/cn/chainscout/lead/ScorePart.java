package cn.chainscout.lead;

/**
 * One named part of a lead's score.
 *
 * @param name   gap, strength, fit, ties, tie, path, localSize, reach, alreadyLocal, inPipeline
 * @param points what it adds (a penalty is negative; 0 when it does not apply)
 * @param basis  the input and the rule, e.g. "MISSING 盖板玻璃: severity 35.0 × 0.3"
 */
public record ScorePart(String name, double points, String basis) {
}
