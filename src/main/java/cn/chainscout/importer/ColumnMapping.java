package cn.chainscout.importer;

import java.util.List;

/**
 * Which column (0-based, -1 = none) holds which field, and the unit the revenue column is in.
 * Rank and name are required.
 */
public record ColumnMapping(int rank, int name, int nameEn, int revenue, RevenueUnit revenueUnit, int region,
        int industry) {

    /** The mapping the header words suggest; the revenue unit from the header ("（万元）"), else the ranking's. */
    public static ColumnMapping propose(List<String> header, RevenueUnit rankingUnit) {
        int revenue = HeaderWords.find(header, Field.REVENUE);
        RevenueUnit unit = revenue >= 0 ? RevenueUnit.named(header.get(revenue)) : null;
        return new ColumnMapping(HeaderWords.find(header, Field.RANK), HeaderWords.find(header, Field.NAME),
                HeaderWords.find(header, Field.NAME_EN), revenue, unit == null ? rankingUnit : unit,
                HeaderWords.find(header, Field.REGION), HeaderWords.find(header, Field.INDUSTRY));
    }

    public int column(Field field) {
        return switch (field) {
            case RANK -> rank;
            case NAME -> name;
            case NAME_EN -> nameEn;
            case REVENUE -> revenue;
            case REGION -> region;
            case INDUSTRY -> industry;
        };
    }

    public ColumnMapping with(Field field, int column) {
        return new ColumnMapping(field == Field.RANK ? column : rank, field == Field.NAME ? column : name,
                field == Field.NAME_EN ? column : nameEn, field == Field.REVENUE ? column : revenue, revenueUnit,
                field == Field.REGION ? column : region, field == Field.INDUSTRY ? column : industry);
    }

    public ColumnMapping with(RevenueUnit unit) {
        return new ColumnMapping(rank, name, nameEn, revenue, unit, region, industry);
    }
}
