package org.tarikh.bank;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.QuestionMaps;

/**
 * The typed form of each stored question version, parsed once. A version's row never changes (an edit adds a
 * row), so the parse of its content serves every later read; the public bank view of 100 questions spent most
 * of its 11 ms of CPU re-parsing them. Bounded: past the limit the map starts over.
 */
final class ParsedSpecs {

    private static final int MAX_ENTRIES = 50_000;
    private static final Map<Long, Entry> SPECS = new ConcurrentHashMap<>();

    /** The row's key and version are kept with the parse, so a reused id (a database rebuilt under a running app) is never served another question. */
    private record Entry(String key, int version, QuestionSpec spec) {
    }

    private ParsedSpecs() {
    }

    static QuestionSpec of(Question q) {
        if (q.id == null) {
            return QuestionMaps.fromMap(q.content);
        }
        Entry entry = SPECS.get(q.id);
        if (entry == null || entry.version() != q.version || !entry.key().equals(q.key)) {
            entry = new Entry(q.key, q.version, QuestionMaps.fromMap(q.content));
            if (SPECS.size() >= MAX_ENTRIES) {
                SPECS.clear();
            }
            SPECS.put(q.id, entry);
        }
        return entry.spec();
    }
}
