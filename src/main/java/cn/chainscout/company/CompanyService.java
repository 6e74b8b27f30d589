package cn.chainscout.company;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company feature's public face: search, list and portrait. */
@Service
@Transactional(readOnly = true)
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
}
