package cn.chainscout.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header words list publishers use for each field, Chinese and English. */
final class HeaderWords {

    private static final Map<Field, List<String>> WORDS = Map.of(
            Field.RANK, List.of("排名", "名次", "排序", "位次", "序号", "rank", "no."),
            Field.NAME, List.of("企业名称", "公司名称", "企业", "公司", "名称", "单位名称", "company", "name"),
            Field.NAME_EN, List.of("英文名", "英文名称", "english"),
            Field.REVENUE, List.of("营业收入", "营收", "收入", "销售额", "revenue", "revenues", "sales"),
            Field.REGION, List.of("省份", "省市", "地区", "所在地", "国家", "country", "province", "region"),
            Field.INDUSTRY, List.of("行业", "所属行业", "industry", "sector"));

    /** Order of trying, so "英文名称" is NAME_EN, not NAME. */
    private static final List<Field> ORDER = List.of(Field.NAME_EN, Field.RANK, Field.REVENUE, Field.REGION,
            Field.INDUSTRY, Field.NAME);

    /** The field a header cell names, or null. */
    static Field of(String header) {
        String h = NameNormaliser.halfWidth(header).toLowerCase(Locale.ROOT).strip();
        if (h.isEmpty()) {
            return null;
        }
        for (Field field : ORDER) {
            for (String word : WORDS.get(field)) {
                if (matches(h, word)) {
                    return field;
                }
            }
        }
        return null;
    }

    private static boolean matches(String header, String word) {
        return word.chars().allMatch(c -> c < 128) ? englishMatch(header, word) : header.contains(word);
    }

    // English words match whole words: "name" is not inside "rename"
    private static boolean englishMatch(String header, String word) {
        return (" " + header.replaceAll("[^a-z0-9.]+", " ") + " ").contains(" " + word + " ");
    }

    /** The column naming the field, by the field's words in order ("排名" before "序号"), or -1. */
    static int find(List<String> header, Field field) {
        return find(Cells.of(header), field);
    }

    private static int find(Cells cells, Field field) {
        for (String word : WORDS.get(field)) {
            for (int i = 0; i < cells.fields.length; i++) {
                if (cells.fields[i] == field && matches(cells.normalised[i], word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** How much a header looks like a ranking: rank and name matter most. */
    static int score(List<String> header) {
        Cells cells = Cells.of(header);
        int score = 0;
        for (Field field : Field.values()) {
            if (find(cells, field) >= 0) {
                score += switch (field) {
                    case RANK, NAME -> 3;
                    case REVENUE -> 2;
                    default -> 1;
                };
            }
        }
        return score;
    }

    /** Each header cell normalised and its field worked out once (a wide row made this quadratic). */
    private record Cells(String[] normalised, Field[] fields) {
        static Cells of(List<String> header) {
            String[] normalised = new String[header.size()];
            Field[] fields = new Field[header.size()];
            for (int i = 0; i < normalised.length; i++) {
                normalised[i] = NameNormaliser.halfWidth(header.get(i)).toLowerCase(Locale.ROOT).strip();
                fields[i] = HeaderWords.of(header.get(i));
            }
            return new Cells(normalised, fields);
        }
    }

    private HeaderWords() {
    }
}
