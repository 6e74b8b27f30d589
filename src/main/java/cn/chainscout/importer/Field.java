package cn.chainscout.importer;

/** What a column of a list holds. */
public enum Field { RANK, NAME, NAME_EN, REVENUE, REGION, INDUSTRY }
