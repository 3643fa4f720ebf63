package org.tarikh.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The SQL function study_day (V018), which the progress and mastery queries group and count by, gives the day
 * {@link StudyDay#dayOf} gives in Java, for every kind of zone a learner may have: with and without daylight saving
 * time, clocks changed at midnight or by half an hour, offsets of quarter hours, fixed offsets written as Java writes
 * them, and none at all. Checked at every clock change of 2011 to 2026 and around every 04:00 rollover near them.
 */
@QuarkusTest
class StudyDayInSqlTest {

    private static final Instant FROM = Instant.parse("2011-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");
    private static final Duration MICRO = Duration.of(1, ChronoUnit.MICROS);

    /** Zone ids as the account settings store them ({@code ZoneId.getId()}). */
    private static final List<String> ZONES = List.of(
            "Europe/Berlin", "America/New_York", "Europe/London",
            "America/Santiago", "America/Havana", // clocks change at midnight
            "Australia/Lord_Howe", // a half-hour change
            "Pacific/Chatham", "America/St_Johns", "Asia/Kathmandu", "Asia/Kabul",
            "Pacific/Apia", // skipped 30 December 2011
            "Pacific/Kiritimati", "Pacific/Pago_Pago", "Australia/Sydney",
            "Etc/GMT-2", "Etc/GMT+5", "UTC", "Z", "+04:30", "-03:00", "+05:45", "UTC+05:30", "GMT-08:00");

    @Inject
    DataSource dataSource;

    @Test
    void theSqlStudyDayIsTheStudyDayOfJavaInEveryZone() throws SQLException {
        int compared = 0;
        for (String zone : ZONES) {
            assertEquals(zone, ZoneId.of(zone).getId(), "written as the settings store it");
            StudyDay day = StudyDay.of(zone);
            List<Instant> instants = instantsToCheck(day);
            List<LocalDate> inSql = studyDaysInSql(instants, zone);
            for (int i = 0; i < instants.size(); i++) {
                assertEquals(day.dayOf(instants.get(i)), inSql.get(i), zone + " at " + instants.get(i));
            }
            compared += instants.size();
        }
        assertTrue(compared > 100_000, "compared " + compared);
    }

    @Test
    void noTimeZoneIsUtcInSqlAsInJava() throws SQLException {
        StudyDay utc = StudyDay.of(null);
        List<Instant> instants = instantsToCheck(utc);
        for (String none : new String[] {null, "", " "}) {
            assertEquals(StudyDay.of(none), utc);
            List<LocalDate> inSql = studyDaysInSql(instants, none);
            for (int i = 0; i < instants.size(); i++) {
                assertEquals(utc.dayOf(instants.get(i)), inSql.get(i), "'" + none + "' at " + instants.get(i));
            }
        }
    }

    @Test
    void onTheDayClocksGoForwardTheStudyDayStartsFourHoursAfterMidnight() throws SQLException {
        // Berlin, 31 March 2024: 02:00 became 03:00, so the day began at 05:00 CEST (03:00 UTC), as StudyDay says.
        List<LocalDate> days = studyDaysInSql(List.of(Instant.parse("2024-03-31T02:30:00Z"),
                Instant.parse("2024-03-31T02:59:59.999999Z"), Instant.parse("2024-03-31T03:00:00Z")), "Europe/Berlin");
        assertEquals(List.of(LocalDate.parse("2024-03-30"), LocalDate.parse("2024-03-30"), LocalDate.parse("2024-03-31")),
                days);
    }

    @Test
    void thePlannerInlinesTheFunctionsSoQueriesPlanAsIfTheExpressionWereWrittenOut() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement explain = c.prepareStatement("EXPLAIN (VERBOSE) SELECT study_day(r.reviewed_at, u.time_zone) "
                     + "FROM review_log r JOIN app_user u ON u.id = r.user_id");
             ResultSet plan = explain.executeQuery()) {
            StringBuilder text = new StringBuilder();
            while (plan.next()) {
                text.append(plan.getString(1)).append('\n');
            }
            assertTrue(text.toString().contains("timezone("), text.toString());
            assertFalse(text.toString().contains("study_day("), text.toString());
            assertFalse(text.toString().contains("learner_zone("), text.toString());
        }
    }

    /**
     * Every clock change of the zone (and the instants a microsecond and an hour either side), the start of each
     * study day around it (a microsecond either side), and every 37 minutes through 2024.
     */
    private static List<Instant> instantsToCheck(StudyDay day) {
        Set<Instant> out = new TreeSet<>();
        for (var t = day.zone().getRules().nextTransition(FROM); t != null && t.getInstant().isBefore(UNTIL);
             t = day.zone().getRules().nextTransition(t.getInstant())) {
            Instant change = t.getInstant();
            Stream.of(Duration.ZERO, MICRO, Duration.ofHours(1)).forEach(d -> {
                out.add(change.minus(d));
                out.add(change.plus(d));
            });
            for (int days = -2; days <= 2; days++) {
                Instant start = day.start(change.plus(Duration.ofDays(days)));
                out.add(start.minus(MICRO));
                out.add(start);
                out.add(start.plus(MICRO));
                out.add(start.plus(Duration.ofHours(1)));
            }
        }
        for (Instant t = Instant.parse("2024-01-01T00:00:00Z"); t.isBefore(Instant.parse("2025-01-01T00:00:00Z"));
             t = t.plus(Duration.ofMinutes(37))) {
            out.add(t);
            out.add(day.start(t));
            out.add(day.start(t).minus(MICRO));
        }
        return new ArrayList<>(out);
    }

    private List<LocalDate> studyDaysInSql(List<Instant> instants, String zone) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT study_day(CAST(t AS timestamptz), ?) "
                     + "FROM unnest(CAST(? AS text[])) WITH ORDINALITY AS x(t, i) ORDER BY i")) {
            Array texts = c.createArrayOf("text", instants.stream().map(Instant::toString).toArray());
            query.setString(1, zone);
            query.setArray(2, texts);
            List<LocalDate> days = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    days.add(rows.getObject(1, LocalDate.class));
                }
            }
            assertEquals(instants.size(), days.size());
            return days;
        }
    }
}
