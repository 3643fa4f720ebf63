package org.tarikh.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as people read them, in their own time zone (UTC when they have none). */
public final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Times() {
    }

    /** E.g. "Tue 1 Dec 2026, 09:00" in {@code zone}, with " UTC" added when there is no zone. */
    public static String format(Instant instant, String zone) {
        if (instant == null) {
            return "";
        }
        ZoneId id = zoneOrNull(zone);
        return FORMAT.format(instant.atZone(id == null ? ZoneId.of("UTC") : id)) + (id == null ? " UTC" : "");
    }

    public static ZoneId zoneOrNull(String zone) {
        try {
            return zone == null || zone.isBlank() ? null : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
