package cn.chainscout.map;

import java.util.List;

import cn.chainscout.gap.GapStatus;

/**
 * 全国分布: where one layer of companies is in China, by province, for the map and the leads beside it.
 *
 * @param provinces the provinces with at least one company, by the boundary file's names (广东, 广西 …)
 * @param leads     every company of the layer, best score first
 * @param abroad    companies outside mainland China, Hong Kong, Macao and Taiwan (not on the map)
 * @param unplaced  Chinese companies whose province the graph does not know
 */
public record ChinaMap(String chainId, Layer layer, List<Province> provinces, List<MapLead> leads, int abroad,
                       int unplaced) {

    /** CANDIDATES: a chain's candidate companies; PARTNERS: the suppliers and customers of the district's firms. */
    public enum Layer { CANDIDATES, PARTNERS }

    /**
     * @param headquarters companies headquartered there
     * @param plants       other companies with a plant there
     * @param topScore     the best lead score among them
     * @param worstGap     the most severe gap status they would fill (colours the province's dot), or null
     */
    public record Province(String name, int headquarters, int plants, double topScore, GapStatus worstGap) {

        public int companies() {
            return headquarters + plants;
        }
    }

    /**
     * @param province       the headquarters province, by the boundary file's name, or null
     * @param plantProvinces provinces of its plants, by the boundary file's names
     * @param fills          the gap segments it would fill (Chinese, English), best first
     * @param via            the district's firm it supplies or buys from (PARTNERS), or null
     */
    public record MapLead(String companyId, String name, String nameEn, double score, String province, String city,
                          List<String> plantProvinces, List<String> fills, List<String> fillsEn, GapStatus worstGap,
                          String via, String viaEn) {

        public boolean in(String provinceName) {
            return provinceName.equals(province) || plantProvinces.contains(provinceName);
        }
    }

    /** The leads headquartered in or with a plant in that province (the boundary file's name), best first. */
    public List<MapLead> leadsIn(String provinceName) {
        return provinceName == null ? leads : leads.stream().filter(l -> l.in(provinceName)).toList();
    }
}
