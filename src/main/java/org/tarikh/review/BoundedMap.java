package org.tarikh.review;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
