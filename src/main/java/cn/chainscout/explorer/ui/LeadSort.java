package cn.chainscout.explorer.ui;

import java.util.Comparator;
import java.util.List;

import cn.chainscout.lead.Lead;
import cn.chainscout.lead.LeadScorer;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

/** The orders a user can sort a lead list by; without one, the engines' ranking stands. */
final class LeadSort {

    static final String SCORE = "score";
    static final String RANK = "rank";

    /** @return the leads in the first sort order given (the ranking when none is), as a new list */
    static List<Lead> sorted(List<Lead> leads, List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return leads;
        }
        QuerySortOrder order = orders.getFirst();
        Comparator<Lead> comparator = switch (order.getSorted()) {
            case SCORE -> LeadScorer.ORDER.reversed();
            // a company on no list sorts after every ranked one
            case RANK -> Comparator.comparingLong((Lead l) -> l.bestRank() == null ? Long.MAX_VALUE : l.bestRank().rank())
                    .thenComparing(LeadScorer.ORDER);
            default -> throw new IllegalArgumentException("leads cannot be sorted by " + order.getSorted());
        };
        return leads.stream().sorted(order.getDirection() == SortDirection.DESCENDING ? comparator.reversed() : comparator).toList();
    }

    private LeadSort() {
    }
}
