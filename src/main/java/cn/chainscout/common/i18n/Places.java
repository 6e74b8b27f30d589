package cn.chainscout.common.i18n;

import java.util.Map;

/**
 * Place names (countries, provinces, the district's recruiting regions) and ownership kinds in
 * English, for English pages and sentences; names, not facts, so they live in code, not in the seed.
 */
public final class Places {

    private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("中国", "China"), Map.entry("美国", "United States"), Map.entry("日本", "Japan"),
            Map.entry("德国", "Germany"), Map.entry("法国", "France"), Map.entry("英国", "United Kingdom"),
            Map.entry("韩国", "South Korea"), Map.entry("加拿大", "Canada"), Map.entry("荷兰", "Netherlands"),
            Map.entry("瑞士", "Switzerland"), Map.entry("西班牙", "Spain"), Map.entry("印度", "India"),
            Map.entry("巴西", "Brazil"), Map.entry("澳大利亚", "Australia"), Map.entry("俄罗斯", "Russia"),
            Map.entry("意大利", "Italy"), Map.entry("墨西哥", "Mexico"), Map.entry("新加坡", "Singapore"),
            Map.entry("新西兰", "New Zealand"), Map.entry("爱尔兰", "Ireland"), Map.entry("丹麦", "Denmark"),
            Map.entry("奥地利", "Austria"), Map.entry("沙特阿拉伯", "Saudi Arabia"), Map.entry("挪威", "Norway"),
            Map.entry("泰国", "Thailand"), Map.entry("波兰", "Poland"), Map.entry("印度尼西亚", "Indonesia"),
            Map.entry("马来西亚", "Malaysia"), Map.entry("卢森堡", "Luxembourg"), Map.entry("土耳其", "Turkey"),
            Map.entry("比利时", "Belgium"), Map.entry("瑞典", "Sweden"), Map.entry("哥伦比亚", "Colombia"),
            Map.entry("葡萄牙", "Portugal"), Map.entry("阿联酋", "United Arab Emirates"),
            Map.entry("国有", "state-owned"), Map.entry("民营", "private"), Map.entry("外资", "foreign-owned"),
            Map.entry("北京市", "Beijing"),
            Map.entry("天津市", "Tianjin"), Map.entry("上海市", "Shanghai"), Map.entry("重庆市", "Chongqing"),
            Map.entry("河北省", "Hebei"), Map.entry("山西省", "Shanxi"), Map.entry("辽宁省", "Liaoning"),
            Map.entry("吉林省", "Jilin"), Map.entry("黑龙江省", "Heilongjiang"), Map.entry("江苏省", "Jiangsu"),
            Map.entry("浙江省", "Zhejiang"), Map.entry("安徽省", "Anhui"), Map.entry("福建省", "Fujian"),
            Map.entry("江西省", "Jiangxi"), Map.entry("山东省", "Shandong"), Map.entry("河南省", "Henan"),
            Map.entry("湖北省", "Hubei"), Map.entry("湖南省", "Hunan"), Map.entry("广东省", "Guangdong"),
            Map.entry("海南省", "Hainan"), Map.entry("四川省", "Sichuan"), Map.entry("贵州省", "Guizhou"),
            Map.entry("云南省", "Yunnan"), Map.entry("陕西省", "Shaanxi"), Map.entry("甘肃省", "Gansu"),
            Map.entry("青海省", "Qinghai"), Map.entry("台湾省", "Taiwan"), Map.entry("内蒙古自治区", "Inner Mongolia"),
            Map.entry("广西壮族自治区", "Guangxi"), Map.entry("西藏自治区", "Tibet"), Map.entry("宁夏回族自治区", "Ningxia"),
            Map.entry("新疆维吾尔自治区", "Xinjiang"), Map.entry("香港特别行政区", "Hong Kong"),
            Map.entry("澳门特别行政区", "Macao"), Map.entry("香港", "Hong Kong"), Map.entry("澳门", "Macao"),
            Map.entry("粤港澳大湾区", "the Greater Bay Area"), Map.entry("长三角", "the Yangtze River Delta"));

    /** The English name, or the Chinese as given where none is known (and null for null). */
    public static String english(String chinese) {
        return chinese == null ? null : ENGLISH.getOrDefault(chinese, chinese);
    }

    /** The name in the page's language. */
    public static String name(java.util.Locale locale, String chinese) {
        return Messages.isEnglish(locale) ? english(chinese) : chinese;
    }

    private Places() {
    }
}
