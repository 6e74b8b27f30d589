package cn.chainscout.company;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import cn.chainscout.common.graph.GraphData;
import cn.chainscout.common.i18n.Messages;

import cn.chainscout.common.user.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company feature's public face: search, list and portrait. */
@Service
@Transactional(readOnly = true)
@Roles.Read
public class CompanyService {

    public static final int MAX_SEARCH_RESULTS = 50;

    private final CompanyQueries queries;

    CompanyService(CompanyQueries queries) {
        this.queries = queries;
    }

    /** Companies whose Chinese or English name, alias or stock code matches; local firms first. */
    public List<CompanyHit> search(String text, int limit) {
        String query = CompanySearch.toLucene(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return queries.search(query, Math.clamp(limit, 1, MAX_SEARCH_RESULTS));
    }

    public List<CompanyHit> list(int offset, int limit) {
        return queries.list(Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    public long count() {
        return queries.count();
    }

    public Optional<CompanyPortrait> portrait(String id) {
        return queries.portrait(id);
    }

    /**
     * The company and the companies it is tied to, as a small picture: arrows follow the tie's
     * direction (A supplies B, A is a subsidiary of B); unverified ties are drawn dashed-grey.
     * {@code tieLabel} names a tie type in the page's language.
     */
    public GraphData tieGraph(CompanyPortrait company, Locale locale, Function<String, String> tieLabel) {
        List<GraphData.Node> nodes = new ArrayList<>();
        nodes.add(new GraphData.Node(company.id(), Messages.name(locale, company.name(), company.nameEn()),
                "focus", "#f59e0b", 34));
        Set<String> drawn = new HashSet<>(Set.of(company.id()));
        List<GraphData.Edge> edges = new ArrayList<>();
        for (CompanyPortrait.Tie tie : company.ties()) {
            if (drawn.add(tie.otherId())) {
                nodes.add(new GraphData.Node(tie.otherId(), Messages.name(locale, tie.otherName(), tie.otherNameEn()),
                        "company", "#2563eb", 20));
            }
            String from = tie.outgoing() ? company.id() : tie.otherId();
            String to = tie.outgoing() ? tie.otherId() : company.id();
            edges.add(new GraphData.Edge(from, to, tieLabel.apply(tie.type()), "unverified".equals(tie.confidence()) ? "unverified" : "tie"));
        }
        return new GraphData(nodes, edges, nodes.size() > 12 ? "concentric" : "cose");
    }
}
