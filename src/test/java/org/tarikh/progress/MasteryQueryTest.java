package org.tarikh.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.database.Rows;
import org.tarikh.review.scheduler.MemoryModel;
import org.tarikh.review.scheduler.SchedulerParams;

/**
 * The mastery query was reshaped for speed (issue 11: a class of 500 learners); it must still give what the first,
 * plainer query gave, kept here as the reference. Compared on generated evidence, inside a transaction that is
 * rolled back: learners in several kinds of zone, questions edited (answers to the old version count for the live
 * one) and retired, cards never reviewed or without stability, several answers to one question, answers not given,
 * unfinished exams (which do not count) and unfinished practice (which does), a second bank with the same keys.
 */
@QuarkusTest
class MasteryQueryTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String LEARNERS = "SELECT id AS user_id FROM app_user WHERE username LIKE 'mref-%'";

    /** The query as it was before issue 11: every piece of evidence with its recall, then the latest of each. */
    private static final String REFERENCE = """
            WITH learners AS (%s), banks AS (%s),
            topics AS (
                SELECT q.bank_id, q.topic, count(*) AS questions FROM live_question q
                WHERE q.bank_id IN (SELECT bank_id FROM banks)
                GROUP BY q.bank_id, q.topic),
            evidence AS (
                SELECT c.user_id, c.bank_id, c.question_key, c.last_review AS at,
                       power(1 + :factor * greatest(study_day(:now, u.time_zone) - study_day(c.last_review, u.time_zone), 0)
                             / c.stability, 0 - :decay) AS r
                FROM card c JOIN learners l ON l.user_id = c.user_id JOIN app_user u ON u.id = c.user_id
                WHERE c.bank_id IN (SELECT bank_id FROM banks) AND c.reps > 0 AND c.stability > 0
                  AND c.last_review IS NOT NULL
                UNION ALL
                SELECT t.user_id, t.bank_id, q.question_key, i.answered_at,
                       CASE WHEN i.score >= 1 - 1e-9
                            THEN power(1 + :factor * greatest(study_day(:now, u.time_zone) - study_day(i.answered_at, u.time_zone), 0)
                                       / :firstGood, 0 - :decay) ELSE 0 END
                FROM attempt_item i JOIN attempt t ON t.id = i.attempt_id JOIN learners l ON l.user_id = t.user_id
                JOIN app_user u ON u.id = t.user_id JOIN question q ON q.id = i.question_id
                WHERE t.bank_id IN (SELECT bank_id FROM banks) AND i.answered_at IS NOT NULL
                  AND (t.mode = 'practice' OR t.finished_at IS NOT NULL)),
            latest AS (
                SELECT DISTINCT ON (e.user_id, e.bank_id, e.question_key) e.user_id, e.bank_id, e.question_key, e.r
                FROM evidence e ORDER BY e.user_id, e.bank_id, e.question_key, e.at DESC),
            recall AS (
                SELECT lt.user_id, q.bank_id, q.topic, count(*) AS seen, sum(lt.r) AS r
                FROM latest lt JOIN live_question q ON q.bank_id = lt.bank_id AND q.question_key = lt.question_key
                GROUP BY lt.user_id, q.bank_id, q.topic)
            SELECT l.user_id, b.slug AS bank, t.topic, t.questions, coalesce(r.seen, 0) AS seen,
                   least(1.0, coalesce(r.r, 0) / t.questions) AS mastery, b.title AS bank_title
            FROM learners l CROSS JOIN topics t JOIN bank b ON b.id = t.bank_id
            LEFT JOIN recall r ON r.user_id = l.user_id AND r.bank_id = t.bank_id AND r.topic = t.topic
            ORDER BY l.user_id, b.slug, t.topic""";

    /** Generated with a fixed seed; timestamps to the microsecond, so that no two pieces of evidence tie. */
    private static final List<String> DATA = List.of(
            "SELECT setseed(0.25)",
            """
            INSERT INTO app_user (username, display_name, password_hash, role, time_zone)
            SELECT 'mref-' || n, 'Learner ' || n, 'x', 'learner',
                   (ARRAY[NULL, 'Europe/Berlin', 'America/New_York', '+04:30', 'Asia/Kathmandu', 'Pacific/Chatham'])[1 + n % 6]
            FROM generate_series(1, 40) n""",
            "INSERT INTO bank (slug, title) VALUES ('mref-a', 'Reference A'), ('mref-b', 'Reference B')",
            // bank a: 12 questions in 3 topics, q1..q4 edited once (version 1 no longer current), q12 retired;
            // bank b: q1..q4, the same keys
            """
            INSERT INTO question (bank_id, question_key, version, type, topic, prompt, content, is_current, retired_at)
            SELECT b.id, 'q' || n, v, 'single', 'topic-' || (n % 3), 'Question ' || n, '{}'::jsonb, v = 2 OR n > 4,
                   CASE WHEN n = 12 THEN TIMESTAMPTZ '2026-05-01 00:00Z' END
            FROM bank b CROSS JOIN generate_series(1, 12) n CROSS JOIN generate_series(1, 2) v
            WHERE b.slug LIKE 'mref-%' AND (b.slug = 'mref-a' OR n <= 4) AND (v = 1 OR n <= 4)""",
            """
            INSERT INTO card (user_id, bank_id, question_key, state, due, stability, difficulty, reps, last_review, added_at)
            SELECT u.id, q.bank_id, q.question_key, 'review', TIMESTAMPTZ '2026-06-01 12:00Z',
                   CASE WHEN random() < 0.1 THEN 0 ELSE 0.5 + random() * 40 END, 5,
                   CASE WHEN random() < 0.1 THEN 0 ELSE 1 + floor(random() * 5) END,
                   CASE WHEN random() < 0.1 THEN NULL
                        ELSE TIMESTAMPTZ '2026-06-01 12:00Z' - random() * INTERVAL '60 days' END,
                   TIMESTAMPTZ '2026-03-01 00:00Z'
            FROM app_user u JOIN question q ON q.is_current JOIN bank b ON b.id = q.bank_id AND b.slug LIKE 'mref-%'
            WHERE u.username LIKE 'mref-%' AND random() < 0.5""",
            """
            INSERT INTO attempt (id, user_id, bank_id, mode, started_at, finished_at, score, max_score)
            SELECT gen_random_uuid(), u.id, b.id, CASE WHEN random() < 0.5 THEN 'practice' ELSE 'exam' END,
                   TIMESTAMPTZ '2026-06-01 12:00Z' - k * INTERVAL '10 days' - random() * INTERVAL '1 day',
                   CASE WHEN random() < 0.7 THEN TIMESTAMPTZ '2026-06-01 12:00Z' - k * INTERVAL '10 days' END, 0, 12
            FROM app_user u CROSS JOIN bank b CROSS JOIN generate_series(1, 3) k
            WHERE u.username LIKE 'mref-%' AND b.slug LIKE 'mref-%'""",
            // answers to any version, some not given; some are dated after "now" (a clock running behind)
            """
            INSERT INTO attempt_item (attempt_id, position, question_id, public_id, delivery, score, answered_at)
            SELECT t.id, row_number() OVER (PARTITION BY t.id ORDER BY q.id), q.id, substr(md5(t.id::text || q.id), 1, 12),
                   '{}'::jsonb, (ARRAY[0, 0.5, 1, 1])[1 + floor(random() * 4)::int],
                   CASE WHEN random() < 0.1 THEN NULL ELSE t.started_at + random() * INTERVAL '12 days' END
            FROM attempt t JOIN app_user u ON u.id = t.user_id AND u.username LIKE 'mref-%'
            JOIN question q ON q.bank_id = t.bank_id
            WHERE random() < 0.6""");

    @Inject
    EntityManager em;

    @Inject
    Mastery mastery;

    @Test
    void theReshapedQueryGivesWhatTheReferenceQueryGives() {
        QuarkusTransaction.begin();
        try {
            for (String sql : DATA) {
                if (sql.startsWith("SELECT")) {
                    em.createNativeQuery(sql).getSingleResult();
                } else {
                    assertTrue(em.createNativeQuery(sql).executeUpdate() > 0, sql);
                }
            }
            for (String banks : List.of("SELECT id AS bank_id FROM bank WHERE slug LIKE 'mref-%'",
                    "SELECT id AS bank_id FROM bank WHERE slug = 'mref-a'")) {
                List<Mastery.Row> expected = reference(banks);
                List<Mastery.Row> actual = mastery.of(LEARNERS, banks, Map.of(), NOW);
                assertEquals(expected.size(), actual.size(), banks);
                for (int i = 0; i < expected.size(); i++) {
                    Mastery.Row e = expected.get(i);
                    Mastery.Row a = actual.get(i);
                    assertEquals(withoutMastery(e), withoutMastery(a), "row " + i);
                    assertEquals(e.mastery(), a.mastery(), 1e-12, "row " + i + ": " + e);
                }
                assertTrue(expected.stream().filter(r -> r.seen() > 0 && r.mastery() > 0).count() > 50,
                        "the data exercises the query: " + expected.size() + " rows");
            }
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private static Mastery.Row withoutMastery(Mastery.Row r) {
        return new Mastery.Row(r.userId(), r.bank(), r.topic(), r.questions(), r.seen(), 0, r.bankTitle());
    }

    private List<Mastery.Row> reference(String banks) {
        double decay = SchedulerParams.defaults().weights().get(20);
        List<Mastery.Row> out = new ArrayList<>();
        for (Tuple r : Rows.list(em.createNativeQuery(REFERENCE.formatted(LEARNERS, banks), Tuple.class)
                .setParameter("now", OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC))
                .setParameter("firstGood", SchedulerParams.defaults().weights().get(2))
                .setParameter("factor", MemoryModel.factor(decay))
                .setParameter("decay", decay))) {
            out.add(new Mastery.Row(Rows.longValue(r, "user_id"), r.get("bank", String.class), r.get("topic", String.class),
                    Rows.longValue(r, "questions"), Rows.longValue(r, "seen"), Rows.doubleValue(r, "mastery"),
                    r.get("bank_title", String.class)));
        }
        return out;
    }
}
