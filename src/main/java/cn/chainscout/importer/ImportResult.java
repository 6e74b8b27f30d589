package cn.chainscout.importer;

/**
 * What a commit did.
 *
 * @param batchId   null when nothing was new (the same list imported again): no batch is written
 * @param ranked    RANKED facts written
 * @param created   companies created
 * @param aliases   names added as aliases to matched companies
 * @param unchanged rows whose fact was already in the graph, same rank and revenue
 */
public record ImportResult(String batchId, String rankingId, int rows, int ranked, int created, int aliases,
        int unchanged, boolean rankingCreated) {
}
