package org.tarikh.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What the process remembers: made once per key while it is kept, and never more than its bound. */
class BoundedMapTest {

    @Test
    void getOrPutMakesAMissingValueOnceAndKeepsIt() {
        BoundedMap<Integer, String> map = new BoundedMap<>(100);
        AtomicInteger made = new AtomicInteger();
        Function<Integer, String> make = k -> "v" + k + "/" + made.incrementAndGet();
        assertEquals("v7/1", map.getOrPut(7, make));
        assertEquals("v7/1", map.getOrPut(7, make));
        assertEquals(1, made.get());
        assertEquals("v7/1", map.get(7));
    }

    @Test
    void aFullMapDropsSomeEntriesToMakeRoom() {
        BoundedMap<Integer, Integer> map = new BoundedMap<>(50);
        for (int i = 0; i < 51; i++) {
            map.getOrPut(i, k -> k * 2);
        }
        int kept = 0;
        for (int i = 0; i < 51; i++) {
            Integer v = map.get(i);
            if (v != null) {
                assertEquals(i * 2, v);
                kept++;
            }
        }
        assertEquals(46, kept, "a tenth of the bound dropped, then the new entry added");
        assertEquals(100, map.get(50));
        map.remove(50);
        assertNull(map.get(50));
    }
}
