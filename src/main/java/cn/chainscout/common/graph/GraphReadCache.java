package cn.chainscout.common.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Results that change only when the graph does (gap diagnoses, lead lists), kept per graph version: a read
 * first asks the graph's version ({@link GraphVersion}); a new version empties the cache, so a write is
 * seen by the next read. Callers cache only today's graph (as-of queries are computed every time) and
 * only immutable values. A read inside a write transaction is never cached: it may see writes that are
 * not committed (and may never be).
 */
@Component
public class GraphReadCache {

    /** Set while {@link #bypassed} runs: the benchmark times the computation itself, not a kept result. */
    private static final ThreadLocal<Boolean> BYPASSED = ThreadLocal.withInitial(() -> false);

    private final GraphVersion version;
    private final int maxEntries;
    private final Map<String, Object> entries;
    private long entriesVersion = GraphVersion.UNKNOWN;

    GraphReadCache(GraphVersion version, @Value("${chainscout.read-cache.max-entries:500}") int maxEntries) {
        this.version = version;
        this.maxEntries = maxEntries;
        // least recently used first, so the oldest goes when the cache is full
        this.entries = new LinkedHashMap<>(64, 0.75f, true);
    }

    /** The value kept for this key at the graph's current version, else computed now (and kept when allowed). */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        if (maxEntries <= 0 || BYPASSED.get() || inWriteTransaction()) {
            return compute.get();
        }
        // read before computing: a write committed meanwhile moves the version, so the value is not kept past it
        long now = version.current();
        if (now == GraphVersion.UNKNOWN) {
            return compute.get();
        }
        synchronized (this) {
            if (now == entriesVersion && entries.containsKey(key)) {
                return (T) entries.get(key);
            }
        }
        T value = compute.get();
        synchronized (this) {
            // another version (a later one; or an earlier one after the database was replaced): start afresh
            if (now != entriesVersion) {
                entries.clear();
                entriesVersion = now;
            }
            entries.put(key, value);
            if (entries.size() > maxEntries) {
                entries.remove(entries.keySet().iterator().next());
            }
        }
        return value;
    }

    /** Runs the action with every read computed afresh and nothing kept (on this thread). */
    public static <T> T bypassed(Supplier<T> action) {
        boolean before = BYPASSED.get();
        BYPASSED.set(true);
        try {
            return action.get();
        } finally {
            BYPASSED.set(before);
        }
    }

    private static boolean inWriteTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
