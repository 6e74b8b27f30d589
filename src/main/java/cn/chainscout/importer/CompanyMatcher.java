package cn.chainscout.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the company a list row names, in this order: exact name, alias, English name (certain),
 * then normalised Chinese or English name, then a name that contains the other (uncertain: a person confirms).
 * Plain class: the candidates are handed in, so it is tested without a database. The importer hands in the
 * companies that {@link #exactNames} and {@link #searchTexts} find through the graph's indexes, not every company.
 */
public final class CompanyMatcher {

    /** A company as the matcher sees it. */
    public record Candidate(String id, String name, String nameEn, List<String> aliases) {
    }

    /** How a row was matched. Only the first three are taken without asking. */
    public enum How { NAME, ALIAS, ENGLISH, NORMALISED, SIMILAR, NONE }

    /** The result for one row: the proposed companies, best first (empty for NONE). */
    public record Match(How how, List<Candidate> candidates) {

        public boolean certain() {
            return candidates.size() == 1 && (how == How.NAME || how == How.ALIAS || how == How.ENGLISH);
        }

        public Candidate proposal() {
            return candidates.isEmpty() ? null : candidates.getFirst();
        }
    }

    private static final int SIMILAR_MIN_LENGTH = 3;
    private static final java.util.regex.Pattern TRAILING_BRACKET = java.util.regex.Pattern.compile("\\(([^()]+)\\)\\s*$");

    private final Map<String, List<Candidate>> byName = new HashMap<>();
    private final Map<String, List<Candidate>> byAlias = new HashMap<>();
    private final Map<String, List<Candidate>> byEnglish = new HashMap<>();
    private final Map<String, List<Candidate>> byNormalised = new HashMap<>();
    private final Map<String, List<Candidate>> byNormalisedEnglish = new HashMap<>();
    private final List<Candidate> all;
    // each company's normalised name, computed once: similar() looks at every company for every row
    private final List<String> normalisedNames;

    public CompanyMatcher(Collection<Candidate> candidates) {
        this.all = List.copyOf(candidates);
        this.normalisedNames = all.stream().map(c -> NameNormaliser.normalise(c.name())).toList();
        for (Candidate c : all) {
            put(byName, c.name().strip(), c);
            put(byNormalised, NameNormaliser.normalise(c.name()), c);
            if (c.nameEn() != null && !c.nameEn().isBlank()) {
                put(byEnglish, c.nameEn().strip().toLowerCase(Locale.ROOT), c);
                put(byNormalisedEnglish, NameNormaliser.normaliseEnglish(c.nameEn()), c);
            }
            for (String alias : c.aliases()) {
                put(byAlias, alias.strip(), c);
                put(byAlias, alias.strip().toLowerCase(Locale.ROOT), c);
                put(byNormalised, NameNormaliser.normalise(alias), c);
                put(byNormalisedEnglish, NameNormaliser.normaliseEnglish(alias), c);
            }
        }
    }

    /** @param nameEn the row's English name when the list has a column for it, else null */
    public Match match(String name, String nameEn) {
        String n = name.strip();
        if (byName.containsKey(n)) {
            return new Match(How.NAME, byName.get(n));
        }
        if (byAlias.containsKey(n) || byAlias.containsKey(n.toLowerCase(Locale.ROOT))) {
            return new Match(How.ALIAS, byAlias.getOrDefault(n, byAlias.get(n.toLowerCase(Locale.ROOT))));
        }
        for (String english : englishNames(n, nameEn)) {
            List<Candidate> found = byEnglish.get(english.toLowerCase(Locale.ROOT));
            if (found != null) {
                return new Match(How.ENGLISH, found);
            }
        }
        Set<Candidate> normalised = new LinkedHashSet<>(byNormalised.getOrDefault(NameNormaliser.normalise(n), List.of()));
        for (String english : englishNames(n, nameEn)) {
            normalised.addAll(byNormalisedEnglish.getOrDefault(NameNormaliser.normaliseEnglish(english), List.of()));
        }
        if (!normalised.isEmpty()) {
            return new Match(How.NORMALISED, List.copyOf(normalised));
        }
        List<Candidate> similar = new ArrayList<>();
        // "北京三快在线科技有限公司（美团）": the short name in brackets names the company too
        java.util.regex.Matcher bracket = TRAILING_BRACKET.matcher(NameNormaliser.halfWidth(n));
        if (bracket.find()) {
            String inner = bracket.group(1).strip();
            similar.addAll(byName.getOrDefault(inner, List.of()));
            byAlias.getOrDefault(inner, List.of()).stream().filter(c -> !similar.contains(c)).forEach(similar::add);
        }
        similar(NameNormaliser.normalise(n)).stream().filter(c -> !similar.contains(c)).forEach(similar::add);
        return similar.isEmpty() ? new Match(How.NONE, List.of()) : new Match(How.SIMILAR, similar);
    }

    /** The names a row's company may carry exactly: its name, and a short name in trailing brackets. */
    public static List<String> exactNames(String name) {
        List<String> names = new ArrayList<>(List.of(name.strip()));
        java.util.regex.Matcher bracket = TRAILING_BRACKET.matcher(NameNormaliser.halfWidth(name.strip()));
        if (bracket.find()) {
            names.add(bracket.group(1).strip());
        }
        return names;
    }

    /**
     * What to search a full-text index of names, English names and aliases with so that every company
     * {@link #match} could take for this row is among the hits: the name as written and normalised (simplified,
     * without legal form), the short name in brackets, and the English names.
     */
    public static List<String> searchTexts(String name, String nameEn) {
        Set<String> texts = new LinkedHashSet<>(exactNames(name));
        texts.add(NameNormaliser.normalise(name));
        for (String english : englishNames(name.strip(), nameEn)) {
            texts.add(english);
            texts.add(NameNormaliser.normaliseEnglish(english));
        }
        texts.removeIf(String::isBlank);
        return List.copyOf(texts);
    }

    // a Latin-letter name in the Chinese column is an English name too (Fortune lists are English)
    private static List<String> englishNames(String name, String nameEn) {
        List<String> names = new ArrayList<>();
        if (nameEn != null && !nameEn.isBlank()) {
            names.add(nameEn.strip());
        }
        String half = NameNormaliser.halfWidth(name);
        if (half.chars().anyMatch(c -> c < 128 && Character.isLetter(c))) {
            names.add(half);
        }
        return names;
    }

    /** One name inside the other ("中国石化" in "中国石化销售"), for names long enough to mean something. */
    private List<Candidate> similar(String key) {
        if (key.length() < SIMILAR_MIN_LENGTH) {
            return List.of();
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String other = normalisedNames.get(i);
            if (other.length() >= SIMILAR_MIN_LENGTH && (other.contains(key) || key.contains(other))) {
                found.add(i);
            }
        }
        found.sort(java.util.Comparator.comparingInt(i -> Math.abs(normalisedNames.get(i).length() - key.length())));
        return found.stream().limit(5).map(all::get).toList();
    }

    private static void put(Map<String, List<Candidate>> index, String key, Candidate c) {
        if (!key.isEmpty()) {
            List<Candidate> list = index.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(c)) {
                list.add(c);
            }
        }
    }
}
