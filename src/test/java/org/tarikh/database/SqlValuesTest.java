package org.tarikh.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Instants bound as {@code timestamptz}: the same value and offset as {@code OffsetDateTime.ofInstant(t, UTC)}. */
class SqlValuesTest {

    @Test
    void utcIsOffsetDateTimeOfInstantInUtc() {
        for (String text : new String[] {"2026-11-30T12:05:09.250123456Z", "1969-12-31T23:59:59.999999999Z",
                "1970-01-01T00:00:00Z", "2024-02-29T04:00:00Z", "0001-01-01T00:00:00Z"}) {
            Instant t = Instant.parse(text);
            OffsetDateTime expected = OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
            assertEquals(expected, SqlValues.utc(t));
            assertEquals(t, SqlValues.utc(t).toInstant());
        }
        assertNull(SqlValues.utc(null));
    }
}
