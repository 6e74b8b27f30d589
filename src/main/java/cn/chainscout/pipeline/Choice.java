package cn.chainscout.pipeline;

/** Something to pick in a form: a company, chain or responsible unit, by id and name. */
public record Choice(String id, String name, String nameEn, String note) {
}
