package cn.chainscout.lead;

/**
 * One named part of a lead's score, explained in one plain sentence in each language.
 *
 * @param name   gap, fit, size, proximity, ties, expansion, strength, notRealistic, tie, path, localSize,
 *               alreadyLocal, inPipeline: for code and tests, never shown
 * @param points what it adds (a penalty is negative; 0 when it does not apply)
 * @param zh     the sentence a staffer reads, e.g. 填补望城区缺链环节「盖板玻璃」（缺口程度35），得10.5分。
 * @param en     the same in English
 */
public record ScorePart(String name, double points, String zh, String en) {

    public String sentence(boolean english) {
        return english ? en : zh;
    }
}
