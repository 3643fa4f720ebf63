package org.tarikh.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hand-written ISO instant is character for character what {@link Instant#toString()} writes. */
class IsoInstantTest {

    @Test
    void writesWhatInstantToStringWrites() {
        String[] cases = {
            "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "2026-11-30T12:05:09.250Z",
            "2026-11-30T04:00:00.000120Z", "2026-02-28T23:59:59.000000001Z", "2024-02-29T00:00:00.100Z",
            "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "0001-03-04T05:06:07.080900Z", "2000-01-01T00:00:00.010Z"
        };
        for (String text : cases) {
            Instant t = Instant.parse(text);
            assertEquals(t.toString(), IsoInstant.format(t), text);
        }
    }

    @Test
    void agreesWithInstantToStringOverTheWholeRangeAndEveryPrecision() {
        SplittableRandom random = new SplittableRandom(20261130);
        for (int i = 0; i < 200_000; i++) {
            long second = random.nextLong(-62_167_219_200L, 253_402_300_800L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(second, nano);
            assertEquals(t.toString(), IsoInstant.format(t));
        }
    }

    @Test
    void yearsBeyondFourDigitsAreLeftToTheFormatter() {
        for (Instant t : new Instant[] {Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59.5Z"),
                Instant.MAX, Instant.MIN}) {
            assertEquals(t.toString(), IsoInstant.format(t));
        }
    }

    @Test
    void appendsAfterWhatIsAlreadyThere() {
        StringBuilder out = new StringBuilder("due ");
        IsoInstant.append(out, Instant.parse("2026-11-30T12:05:09.250Z")).append('.');
        assertEquals("due 2026-11-30T12:05:09.250Z.", out.toString());
    }
}
