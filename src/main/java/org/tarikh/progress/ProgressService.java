package org.tarikh.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.account.User;
import org.tarikh.database.SqlValues;
import org.tarikh.quiz.ExamHold;
import org.tarikh.review.StudyDay;

/** Computes a learner's progress with a few grouped SQL queries on their own rows. */
@ApplicationScoped
public class ProgressService {

    static final int FORECAST_DAYS = 30;
    static final int HEATMAP_DAYS = 365;
    /** The study day of a timestamp column, in the learner's zone, rolling over at 04:00. */
    private static final String DAY = "CAST((%s AT TIME ZONE :zone) - INTERVAL '4 hours' AS date)";

    private final EntityManager em;
    private final Clock clock;
    private final Mastery mastery;
    private final ExamHold hold;

    ProgressService(EntityManager em, Clock clock, Mastery mastery, ExamHold hold) {
        this.em = em;
        this.clock = clock;
        this.mastery = mastery;
        this.hold = hold;
    }

    @Transactional
    public Progress of(String username) {
        User user = User.findByUsername(username).orElseThrow();
        StudyDay day = StudyDay.of(user.timeZone);
        Instant now = clock.instant();
        String zone = day.zone().getId();
        // Cards of a bank the learner is taking an exam on are not due until the exam ends (ExamHold).
        Set<Long> held = hold.heldBanks(user.id);
        long dueNow = count("SELECT count(*) FROM card WHERE user_id = :u AND (state <> 'new' OR requeued) AND NOT suspended AND due <= :t"
                + notHeld(held), user.id, now, held);
        long dueToday = count("SELECT count(*) FROM card WHERE user_id = :u AND (state <> 'new' OR requeued) AND NOT suspended AND due < :t"
                + notHeld(held), user.id, day.nextStart(now), held);
        long reviewsToday = count("SELECT count(*) FROM review_log WHERE user_id = :u AND reviewed_at >= :t",
                user.id, day.start(now), Set.of());
        Map<LocalDate, Long> perDay = reviewsPerDay(user.id, zone,
                day.start(now).minusSeconds((HEATMAP_DAYS - 1) * 86_400L));
        return new Progress(dueNow, dueToday, reviewsToday, Streak.of(perDay.keySet(), day.dayOf(now)),
                retention(user.id, now), mastery(user, now), forecast(user.id, zone, day.dayOf(now), held),
                heatmap(perDay, day.dayOf(now)), quizzes(user.id));
    }

    private long count(String sql, long userId, Instant at, Set<Long> held) {
        var query = em.createNativeQuery(sql).setParameter("u", userId).setParameter("t", utc(at));
        if (!held.isEmpty()) {
            query.setParameter("held", held);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String notHeld(Set<Long> held) {
        return held.isEmpty() ? "" : " AND bank_id NOT IN (:held)";
    }

    /** True retention: the share of reviews of cards in review state (not learning) that were recalled. */
    private Double retention(long userId, Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE rating >= 2) FROM review_log
                WHERE user_id = :u AND state_before = 'review' AND reviewed_at >= :t""")
                .setParameter("u", userId).setParameter("t", utc(now.minusSeconds(30L * 86_400))).getSingleResult();
        long total = ((Number) row[0]).longValue();
        return total == 0 ? null : ((Number) row[1]).doubleValue() / total;
    }

    private Map<LocalDate, Long> reviewsPerDay(long userId, String zone, Instant from) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + DAY.formatted("reviewed_at") + " AS d, count(*) "
                        + "FROM review_log WHERE user_id = :u AND reviewed_at >= :from GROUP BY d", Object[].class)
                .setParameter("zone", zone).setParameter("u", userId).setParameter("from", utc(from))
                .getResultList();
        Map<LocalDate, Long> perDay = new HashMap<>();
        for (Object[] r : rows) {
            perDay.put(toDate(r[0]), ((Number) r[1]).longValue());
        }
        return perDay;
    }

    private static List<Progress.DayCount> heatmap(Map<LocalDate, Long> perDay, LocalDate today) {
        List<Progress.DayCount> days = new ArrayList<>();
        for (LocalDate d = today.minusDays(HEATMAP_DAYS - 1); !d.isAfter(today); d = d.plusDays(1)) {
            days.add(new Progress.DayCount(d.toString(), perDay.getOrDefault(d, 0L)));
        }
        return days;
    }

    /** Cards coming due on each of the next 30 study days; what is overdue counts for today. */
    private List<Progress.DayCount> forecast(long userId, String zone, LocalDate today, Set<Long> held) {
        var query = em.createNativeQuery("SELECT GREATEST(" + DAY.formatted("due") + ", :today) AS d, count(*) "
                        + "FROM card WHERE user_id = :u AND (state <> 'new' OR requeued) AND NOT suspended" + notHeld(held) + " GROUP BY d",
                        Object[].class)
                .setParameter("zone", zone).setParameter("u", userId).setParameter("today", Date.valueOf(today));
        if (!held.isEmpty()) {
            query.setParameter("held", held);
        }
        List<Object[]> rows = query.getResultList();
        Map<LocalDate, Long> byDay = new HashMap<>();
        for (Object[] r : rows) {
            byDay.put(toDate(r[0]), ((Number) r[1]).longValue());
        }
        List<Progress.DayCount> days = new ArrayList<>();
        for (int i = 0; i < FORECAST_DAYS; i++) {
            LocalDate d = today.plusDays(i);
            days.add(new Progress.DayCount(d.toString(), byDay.getOrDefault(d, 0L)));
        }
        return days;
    }

    /** The learner's mastery of each topic of every bank they have cards or quizzes in. */
    private List<Progress.TopicMastery> mastery(User user, Instant now) {
        return mastery.of("SELECT CAST(:u AS bigint) AS user_id",
                        "SELECT bank_id FROM card WHERE user_id = :u UNION SELECT bank_id FROM attempt WHERE user_id = :u",
                        Map.of("u", user.id), now).stream()
                .map(r -> new Progress.TopicMastery(r.bank(), r.bankTitle(), r.topic(), r.questions(), r.seen(), r.mastery())).toList();
    }

    private List<Progress.QuizScore> quizzes(long userId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.finished_at, b.slug, a.score, a.max_score FROM attempt a JOIN bank b ON b.id = a.bank_id
                WHERE a.user_id = :u AND a.finished_at IS NOT NULL ORDER BY a.finished_at DESC LIMIT 50""", Object[].class)
                .setParameter("u", userId).getResultList();
        List<Progress.QuizScore> scores = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            Object[] r = rows.get(i);
            scores.add(new Progress.QuizScore(SqlValues.instant(r[0]).toString().substring(0, 10), (String) r[1],
                    Math.round(1000 * ((Number) r[2]).doubleValue() / ((Number) r[3]).intValue()) / 10.0));
        }
        return scores;
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static LocalDate toDate(Object o) {
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

}
