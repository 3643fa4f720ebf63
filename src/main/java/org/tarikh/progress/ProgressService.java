package org.tarikh.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.account.User;
import org.tarikh.database.Rows;
import org.tarikh.database.SqlValues;
import org.tarikh.quiz.ExamHold;
import org.tarikh.review.StudyDay;

/** Computes a learner's progress with a few grouped SQL queries on their own rows. */
@ApplicationScoped
public class ProgressService {

    static final int FORECAST_DAYS = 30;
    static final int HEATMAP_DAYS = 365;
    /** The study day of a timestamp column in the learner's zone (the SQL function of V018, equal to StudyDay.dayOf). */
    private static final String DAY = "study_day(%s, :zone)";

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
        var query = em.createNativeQuery(sql, Long.class).setParameter("u", userId).setParameter("t", SqlValues.utc(at));
        if (!held.isEmpty()) {
            query.setParameter("held", held);
        }
        return (Long) query.getSingleResult();
    }

    private static String notHeld(Set<Long> held) {
        return held.isEmpty() ? "" : " AND bank_id NOT IN (:held)";
    }

    /** True retention: the share of reviews of cards in review state (not learning) that were recalled. */
    private Double retention(long userId, Instant now) {
        Tuple row = Rows.single(em.createNativeQuery("""
                SELECT count(*) AS reviews, count(*) FILTER (WHERE rating >= 2) AS recalled FROM review_log
                WHERE user_id = :u AND state_before = 'review' AND reviewed_at >= :t""", Tuple.class)
                .setParameter("u", userId).setParameter("t", SqlValues.utc(now.minusSeconds(30L * 86_400))));
        long total = Rows.longValue(row, "reviews");
        return total == 0 ? null : Rows.doubleValue(row, "recalled") / total;
    }

    private Map<LocalDate, Long> reviewsPerDay(long userId, String zone, Instant from) {
        List<Tuple> rows = Rows.list(em.createNativeQuery("SELECT " + DAY.formatted("reviewed_at") + " AS d, count(*) AS n "
                        + "FROM review_log WHERE user_id = :u AND reviewed_at >= :from GROUP BY d", Tuple.class)
                .setParameter("zone", zone).setParameter("u", userId).setParameter("from", SqlValues.utc(from)));
        Map<LocalDate, Long> perDay = new HashMap<>();
        for (Tuple r : rows) {
            perDay.put(Rows.date(r, "d"), Rows.longValue(r, "n"));
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
        var query = em.createNativeQuery("SELECT GREATEST(" + DAY.formatted("due") + ", :today) AS d, count(*) AS n "
                        + "FROM card WHERE user_id = :u AND (state <> 'new' OR requeued) AND NOT suspended" + notHeld(held) + " GROUP BY d",
                        Tuple.class)
                .setParameter("zone", zone).setParameter("u", userId).setParameter("today", Date.valueOf(today));
        if (!held.isEmpty()) {
            query.setParameter("held", held);
        }
        Map<LocalDate, Long> byDay = new HashMap<>();
        for (Tuple r : Rows.list(query)) {
            byDay.put(Rows.date(r, "d"), Rows.longValue(r, "n"));
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
        List<Tuple> rows = Rows.list(em.createNativeQuery("""
                SELECT a.finished_at, b.slug AS bank, a.score, a.max_score FROM attempt a JOIN bank b ON b.id = a.bank_id
                WHERE a.user_id = :u AND a.finished_at IS NOT NULL ORDER BY a.finished_at DESC LIMIT 50""", Tuple.class)
                .setParameter("u", userId));
        List<Progress.QuizScore> scores = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) {
            Tuple r = rows.get(i);
            scores.add(new Progress.QuizScore(Rows.instant(r, "finished_at").toString().substring(0, 10),
                    r.get("bank", String.class),
                    Math.round(1000 * Rows.doubleValue(r, "score") / Rows.intValue(r, "max_score")) / 10.0));
        }
        return scores;
    }

}
