package org.tarikh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberExtensionsTest {

    @Test
    void groupedPutsACommaBetweenThousandsLikeTheEnglishFormat() {
        assertEquals("", NumberExtensions.grouped(null));
        assertEquals("0", NumberExtensions.grouped(0));
        assertEquals("999", NumberExtensions.grouped(999));
        assertEquals("1,000", NumberExtensions.grouped(1000));
        assertEquals("100,000", NumberExtensions.grouped(100_000L));
        assertEquals("1,234,567", NumberExtensions.grouped(1_234_567));
        assertEquals("-1,234", NumberExtensions.grouped(-1234));
        assertEquals("-12", NumberExtensions.grouped(-12));
        for (long n : new long[] {7, 12, 123, 1_234, 12_345, 123_456, -999_999, Long.MAX_VALUE, Long.MIN_VALUE, 42_900_000}) {
            assertEquals(String.format(Locale.ENGLISH, "%,d", n), NumberExtensions.grouped(n), "for " + n);
        }
        assertEquals("3", NumberExtensions.grouped(3.7), "a fraction is cut, as longValue() does");
    }
}
