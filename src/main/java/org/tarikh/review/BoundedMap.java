package org.tarikh.review;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A map for what this process remembers to save a query (question fronts, known cards, remembered learners): safe
 * across threads and bounded. When full, about a tenth of it is dropped, in no particular order: cheaper than
 * keeping an order on every request, and a working set near the bound keeps most of itself.
 */
final class BoundedMap<K, V> {

    private final int max;
    private final Map<K, V> entries = new ConcurrentHashMap<>();

    BoundedMap(int max) {
        this.max = max;
    }

    V get(K key) {
        return entries.get(key);
    }

    /**
     * The value for {@code key}, made and kept when missing. Made outside any lock (making one may read the
     * database): two threads missing at once may both make one, and the last kept wins, which is harmless for
     * values that are equal by construction.
     */
    V getOrPut(K key, Function<? super K, ? extends V> make) {
        V value = entries.get(key);
        if (value == null) {
            value = make.apply(key);
            put(key, value);
        }
        return value;
    }

    void put(K key, V value) {
        if (entries.size() >= max) {
            makeRoom();
        }
        entries.put(key, value);
    }

    void remove(K key) {
        entries.remove(key);
    }

    private void makeRoom() {
        Iterator<K> keys = entries.keySet().iterator();
        for (int dropped = 0; dropped < Math.max(1, max / 10) && keys.hasNext(); dropped++) {
            keys.next();
            keys.remove();
        }
    }
}
