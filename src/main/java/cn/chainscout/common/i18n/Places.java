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
            Map.entry("新疆生产建设兵团", "Xinjiang Production and Construction Corps"),
            Map.entry("粤港澳大湾区", "the Greater Bay Area"), Map.entry("长三角", "the Yangtze River Delta"));

    /** The cities the seed names as headquarters (the municipalities are in {@link #ENGLISH}). */
    private static final Map<String, String> CITIES = Map.ofEntries(
            Map.entry("东莞市", "Dongguan"), Map.entry("临沧市", "Lincang"), Map.entry("佛山市", "Foshan"),
            Map.entry("保定市", "Baoding"), Map.entry("兰州市", "Lanzhou"), Map.entry("北海市", "Beihai"),
            Map.entry("南京市", "Nanjing"), Map.entry("南宁市", "Nanning"), Map.entry("南平市", "Nanping"),
            Map.entry("南通市", "Nantong"), Map.entry("厦门市", "Xiamen"), Map.entry("台北市", "Taipei"),
            Map.entry("台州市", "Taizhou"), Map.entry("合肥市", "Hefei"), Map.entry("哈尔滨市", "Harbin"),
            Map.entry("唐山市", "Tangshan"), Map.entry("大连市", "Dalian"), Map.entry("天水市", "Tianshui"),
            Map.entry("太原市", "Taiyuan"), Map.entry("威海市", "Weihai"), Map.entry("宁波市", "Ningbo"),
            Map.entry("宜宾市", "Yibin"), Map.entry("宝鸡市", "Baoji"), Map.entry("常州市", "Changzhou"),
            Map.entry("常德市", "Changde"), Map.entry("广州市", "Guangzhou"), Map.entry("延安市", "Yan'an"),
            Map.entry("徐州市", "Xuzhou"), Map.entry("惠州市", "Huizhou"), Map.entry("成都市", "Chengdu"),
            Map.entry("扬州市", "Yangzhou"), Map.entry("承德市", "Chengde"), Map.entry("新泰市", "Xintai"),
            Map.entry("无锡市", "Wuxi"), Map.entry("日照市", "Rizhao"), Map.entry("昆明市", "Kunming"),
            Map.entry("杭州市", "Hangzhou"), Map.entry("柳州市", "Liuzhou"), Map.entry("株洲市", "Zhuzhou"),
            Map.entry("桂林市", "Guilin"), Map.entry("梧州市", "Wuzhou"), Map.entry("武汉市", "Wuhan"),
            Map.entry("汕头市", "Shantou"), Map.entry("江门市", "Jiangmen"), Map.entry("沈阳市", "Shenyang"),
            Map.entry("沧州市", "Cangzhou"), Map.entry("泸州市", "Luzhou"), Map.entry("深圳市", "Shenzhen"),
            Map.entry("温州市", "Wenzhou"), Map.entry("湘潭市", "Xiangtan"), Map.entry("湛江市", "Zhanjiang"),
            Map.entry("漳州市", "Zhangzhou"), Map.entry("潮州市", "Chaozhou"), Map.entry("濮阳市", "Puyang"),
            Map.entry("烟台市", "Yantai"), Map.entry("焦作市", "Jiaozuo"), Map.entry("珠海市", "Zhuhai"),
            Map.entry("白银市", "Baiyin"), Map.entry("石家庄市", "Shijiazhuang"), Map.entry("福州市", "Fuzhou"),
            Map.entry("秦皇岛市", "Qinhuangdao"), Map.entry("绍兴市", "Shaoxing"), Map.entry("绵阳市", "Mianyang"),
            Map.entry("肇庆市", "Zhaoqing"), Map.entry("芜湖市", "Wuhu"), Map.entry("苏州市", "Suzhou"),
            Map.entry("营口市", "Yingkou"), Map.entry("衡水市", "Hengshui"), Map.entry("襄阳市", "Xiangyang"),
            Map.entry("西宁市", "Xining"), Map.entry("西安市", "Xi'an"), Map.entry("许昌市", "Xuchang"),
            Map.entry("贵阳市", "Guiyang"), Map.entry("赤峰市", "Chifeng"), Map.entry("连云港市", "Lianyungang"),
            Map.entry("通化市", "Tonghua"), Map.entry("郑州市", "Zhengzhou"), Map.entry("铜陵市", "Tongling"),
            Map.entry("银川市", "Yinchuan"), Map.entry("锦州市", "Jinzhou"), Map.entry("镇江市", "Zhenjiang"),
            Map.entry("长春市", "Changchun"), Map.entry("长沙市", "Changsha"), Map.entry("阜新市", "Fuxin"),
            Map.entry("青岛市", "Qingdao"), Map.entry("鞍山市", "Anshan"), Map.entry("黄山市", "Huangshan"),
            Map.entry("龙岩市", "Longyan"));

    /**
     * The English name, or the Chinese as given where none is known (and null for null). A province also by its
     * short name (湖南, 上海, 广西: the map's boundary names), which is matched to the full name.
     */
    public static String english(String chinese) {
        if (chinese == null) {
            return null;
        }
        String name = chinese.strip();
        String known = ENGLISH.getOrDefault(name, CITIES.get(name));
        if (known != null) {
            return known;
        }
        for (String suffix : new String[] {"省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区"}) {
            if (ENGLISH.containsKey(name + suffix)) {
                return ENGLISH.get(name + suffix);
            }
        }
        return chinese;
    }

    /** The name in the page's language. */
    public static String name(java.util.Locale locale, String chinese) {
        return Messages.isEnglish(locale) ? english(chinese) : chinese;
    }

    private Places() {
    }
}
