package org.tarikh.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.tarikh.bank.Question;
import org.tarikh.classes.ClassService;
import org.tarikh.classes.SchoolClass;
import org.tarikh.database.NamedSql;
import org.tarikh.database.Rows;
import org.tarikh.progress.Mastery;

/**
 * Builds a class's report with a few SQL queries that aggregate in the database: nothing loads every attempt.
 * The class's work is what its members did on the class's assigned banks after they joined.
 */
@ApplicationScoped
public class ClassReports {

    /** Common table expressions naming the class's members, banks and finished attempts. */
    private static final String CLASS_WORK = """
            WITH members AS (SELECT user_id, joined_at FROM class_member WHERE class_id = :class),
            banks AS (SELECT DISTINCT bank_id FROM assignment WHERE class_id = :class),
            attempts AS (
                SELECT t.id, t.user_id, t.score, t.max_score FROM attempt t JOIN members m ON m.user_id = t.user_id
                WHERE t.bank_id IN (SELECT bank_id FROM banks) AND t.finished_at IS NOT NULL AND t.started_at >= m.joined_at)
            """;

    /**
     * The members' finished quizzes, best scores and cards due now. The cards due are counted member by member (a
     * subquery per member, through the card index): as a join, the planner read all of a million cards for a class's
     * 25,000 (157 ms instead of 14 ms in the benchmark's database).
     */
    private static final NamedSql STUDENTS = NamedSql.of(CLASS_WORK + """
            , quizzes AS (SELECT user_id, count(*) AS finished, max(score / max_score) AS best
                          FROM attempts GROUP BY user_id)
            SELECT u.id AS user_id, u.username, u.display_name, coalesce(qz.finished, 0) AS finished, qz.best,
                   (SELECT count(*) FROM card c
                    WHERE c.user_id = m.user_id AND c.bank_id IN (SELECT bank_id FROM banks)
                      AND (c.state <> 'new' OR c.requeued) AND NOT c.suspended AND c.due <= :now) AS due_now
            FROM members m JOIN app_user u ON u.id = m.user_id
            LEFT JOIN quizzes qz ON qz.user_id = m.user_id
            ORDER BY u.username""");

    /** A member's finished quizzes, best score (0..1, null before the first) and cards due now. */
    private record StudentWork(long userId, String username, String displayName, int finished, Double best,
                               int dueNow) {
    }

    private final EntityManager em;
    private final ClassService classes;
    private final Mastery mastery;
    private final Clock clock;
    private final ManagedExecutor executor;

    ClassReports(EntityManager em, ClassService classes, Mastery mastery, Clock clock, ManagedExecutor executor) {
        this.em = em;
        this.classes = classes;
        this.mastery = mastery;
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * The mastery query, the report's longest, runs on a second connection while this thread runs the others: on
     * an idle server the report then takes about as long as the slower half, not as long as both (issue 11). It
     * reads in a transaction of its own, so that it has a session of its own; none of the queries writes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClassReport report(String teacher, long classId) {
        SchoolClass c = classes.taughtBy(teacher, classId);
        CompletableFuture<Map<Long, List<ClassReport.TopicMastery>>> topics = executor.supplyAsync(
                () -> QuarkusTransaction.requiringNew().call(() -> mastery(c.id)));
        List<ClassReport.ItemRow> items = items(c.id);
        List<StudentWork> students = students(c.id);
        return new ClassReport(c.id, c.name, withMastery(students, joined(topics)), items);
    }

    private static <T> T joined(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The ids of one member's attempts on the class's banks since joining, newest first; 404 for a non-member. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<UUID> attemptsOf(SchoolClass c, String username) {
        if (!classes.isMember(c, username)) {
            throw new org.tarikh.failure.NotFound("'" + username + "' is not in the class " + c.name + ".");
        }
        return em.createNativeQuery("""
                SELECT t.id FROM attempt t JOIN app_user u ON u.id = t.user_id
                JOIN class_member m ON m.user_id = u.id AND m.class_id = :class
                WHERE u.username = :username AND t.started_at >= m.joined_at
                  AND t.bank_id IN (SELECT bank_id FROM assignment WHERE class_id = :class)
                ORDER BY t.started_at DESC LIMIT 100""", UUID.class)
                .setParameter("class", c.id).setParameter("username", username).getResultList();
    }

    /** Read with plain JDBC, as {@link Mastery#of} is: Hibernate's tuples cost the JVM more than the rows. */
    private List<StudentWork> students(long classId) {
        Map<String, Object> values = Map.of("class", classId, "now", Timestamp.from(clock.instant()));
        return STUDENTS.list(em, values, r -> new StudentWork(r.getLong("user_id"), r.getString("username"),
                r.getString("display_name"), r.getInt("finished"), r.getObject("best", Double.class),
                r.getInt("due_now")));
    }

    private static List<ClassReport.StudentRow> withMastery(List<StudentWork> students,
                                                            Map<Long, List<ClassReport.TopicMastery>> topics) {
        List<ClassReport.StudentRow> out = new ArrayList<>();
        for (StudentWork s : students) {
            List<ClassReport.TopicMastery> mine = topics.getOrDefault(s.userId(), List.of());
            double mastery = mine.stream().mapToDouble(ClassReport.TopicMastery::mastery).average().orElse(0);
            out.add(new ClassReport.StudentRow(s.username(), s.displayName(), s.finished(), s.best(), s.dueNow(),
                    round(mastery), mine));
        }
        return out;
    }

    /** Mastery per member and topic of the class's banks, as the learner's progress page shows it ({@link Mastery}). */
    private Map<Long, List<ClassReport.TopicMastery>> mastery(long classId) {
        Map<Long, List<ClassReport.TopicMastery>> byUser = new HashMap<>();
        for (Mastery.Row r : mastery.of("SELECT user_id FROM class_member WHERE class_id = :class",
                "SELECT DISTINCT bank_id FROM assignment WHERE class_id = :class", Map.of("class", classId), clock.instant())) {
            byUser.computeIfAbsent(r.userId(), k -> new ArrayList<>())
                    .add(new ClassReport.TopicMastery(r.bank(), r.topic(), round(r.mastery())));
        }
        return byUser;
    }

    /**
     * Facility and discrimination (each item against the rest of its attempt) per question. A finished attempt's
     * score is the sum of its items' scores and its max_score their number (AttemptClosing): read from the attempt,
     * not summed again from its items. The attempts are taken again by id from the class's: joined straight to the
     * {@code attempts} expression, the planner looked up each answer's question row by row (64 against 44 ms of
     * PostgreSQL's CPU for a class of 500 × 50 beside 235,000 other items, docs/PERFORMANCE.md).
     */
    private List<ClassReport.ItemRow> items(long classId) {
        List<Tuple> rows = Rows.list(em.createNativeQuery(CLASS_WORK + """
                , items AS (
                    SELECT ai.question_id, coalesce(ai.score, 0) AS score, t.score AS total, t.max_score AS n
                    FROM attempt t JOIN attempt_item ai ON ai.attempt_id = t.id
                    WHERE t.id IN (SELECT id FROM attempts))
                SELECT b.slug AS bank, q.question_key, count(*) AS answers, avg(i.score) AS facility,
                       corr(i.score, (i.total - i.score) / nullif(i.n - 1, 0)) AS discrimination
                FROM items i JOIN question q ON q.id = i.question_id JOIN bank b ON b.id = q.bank_id
                GROUP BY b.slug, q.question_key
                ORDER BY b.slug, q.question_key""", Tuple.class)
                .setParameter("class", classId));
        Map<String, Map<String, Integer>> picks = choicePicks(classId);
        Map<String, CurrentQuestion> current = currentQuestions(classId);
        List<ClassReport.ItemRow> out = new ArrayList<>();
        for (Tuple r : rows) {
            String bank = r.get("bank", String.class);
            String questionKey = r.get("question_key", String.class);
            String key = bank + "/" + questionKey;
            CurrentQuestion q = current.get(key);
            int answers = Rows.intValue(r, "answers");
            double facility = round(Rows.doubleValue(r, "facility"));
            Double discrimination = r.get("discrimination") == null ? null : round(Rows.doubleValue(r, "discrimination"));
            List<ClassReport.ChoiceCount> choices = q == null ? List.of() : q.choiceCounts(picks.getOrDefault(key, Map.of()));
            out.add(new ClassReport.ItemRow(bank, questionKey, q == null ? null : q.type(),
                    q == null ? null : q.prompt(), answers, facility, discrimination, choices,
                    ItemFlags.of(answers, facility, discrimination, choices)));
        }
        return out;
    }

    /** How often each choice (by its text in the version shown) was picked, per single and multi question. */
    private Map<String, Map<String, Integer>> choicePicks(long classId) {
        // Counted by question version and authored index first (the picks stored with each answer), named by choice
        // text afterwards.
        List<Tuple> rows = Rows.list(em.createNativeQuery(CLASS_WORK + """
                , picked AS (
                    SELECT ai.question_id, p.idx, count(*) AS n
                    FROM attempt_item ai CROSS JOIN LATERAL unnest(ai.picked) AS p(idx)
                    WHERE ai.attempt_id IN (SELECT id FROM attempts)
                    GROUP BY ai.question_id, p.idx)
                SELECT b.slug AS bank, q.question_key, q.content -> 'choices' ->> p.idx AS choice, p.n
                FROM picked p JOIN question q ON q.id = p.question_id JOIN bank b ON b.id = q.bank_id
                WHERE q.type IN ('single', 'multi')""", Tuple.class)
                .setParameter("class", classId));
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (Tuple r : rows) {
            out.computeIfAbsent(r.get("bank") + "/" + r.get("question_key"), k -> new HashMap<>())
                    .merge(r.get("choice", String.class), Rows.intValue(r, "n"), Integer::sum);
        }
        return out;
    }

    /** The current version of every question of the class's banks, for its prompt and choices. */
    private Map<String, CurrentQuestion> currentQuestions(long classId) {
        List<Question> questions = em.createQuery("select q from Question q join fetch q.bank b where q.current = true"
                + " and b.id in (select a.bank.id from Assignment a where a.schoolClass.id = ?1)", Question.class)
                .setParameter(1, classId).getResultList();
        Map<String, CurrentQuestion> out = new LinkedHashMap<>();
        for (Question q : questions) {
            out.put(q.bank.slug + "/" + q.key, CurrentQuestion.of(q.type.code(), q.prompt, q.spec().body()));
        }
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
