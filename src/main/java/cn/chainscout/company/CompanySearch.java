package cn.chainscout.company;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Turns what a user typed into a Lucene query for the {@code company_search} index: Lucene's
 * special characters are escaped (a user's text is never query syntax), every word must match,
 * and Latin words also match as prefixes ("lux" finds Luxshare).
 */
final class CompanySearch {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    static String toLucene(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return Arrays.stream(text.strip().split("\\s+"))
                .map(CompanySearch::escape)
                .filter(w -> !w.isEmpty())
                .map(w -> isLatin(w) ? "(" + w + " OR " + w + "*)" : "\"" + w + "\"")
                .collect(Collectors.joining(" AND "));
    }

    private static String escape(String word) {
        StringBuilder out = new StringBuilder();
        for (char ch : word.toCharArray()) {
            if (SPECIAL.indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
        String escaped = out.toString();
        // AND / OR / NOT are operators to Lucene; as words a user means them literally
        return switch (escaped) {
            case "AND", "OR", "NOT" -> escaped.toLowerCase();
            default -> escaped;
        };
    }

    private static boolean isLatin(String word) {
        return word.chars().allMatch(c -> c < 0x2E80);
    }

    private CompanySearch() {
    }
}
