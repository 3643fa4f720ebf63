package org.tarikh.classes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tarikh.database.SqlValues;

/** Where learners stand with their assignments: the teacher's status board of a class, and a learner's own list. */
@ApplicationScoped
public class ClassProgress {

    /** One member's status on one assignment, with its detail ("best 80%", "12 / 20 cards"). */
    public record MemberStatus(String username, AssignmentStatus status, String detail) {
    }

    /** One assignment of the board, with each member's status. */
    public record BoardRow(Assignment assignment, List<MemberStatus> members) {

        /** How many members have done it (late or not). */
        public long done() {
            return members.stream().filter(m -> m.status().done()).count();
        }
    }

    /** An assignment as one learner sees it. */
    public record LearnerAssignment(Assignment assignment, AssignmentStatus status, String detail) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final ObjectMapper json;

    ClassProgress(EntityManager em, Clock clock, ObjectMapper json) {
        this.em = em;
        this.clock = clock;
        this.json = json;
    }

    /** The class's assignments, soonest due first, each with every member's status: one query per assignment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BoardRow> board(SchoolClass c) {
        Instant now = clock.instant();
        List<Assignment> assignments = Assignment.list("schoolClass = ?1 order by dueAt, id", c);
        return assignments.stream().map(a -> new BoardRow(a, progress(a, "").stream()
                .map(p -> new MemberStatus(p.username(), p.status(a, now), p.detail(a))).toList())).toList();
    }

    /** Every assignment of every class the learner is in, soonest due first, with the learner's status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LearnerAssignment> forLearner(String username) {
        List<Assignment> all = em.createQuery("select a from Assignment a where a.schoolClass.id in (select m.classId"
                + " from ClassMember m where m.userId = (select u.id from User u where u.username = ?1))"
                + " order by a.dueAt, a.id", Assignment.class).setParameter(1, username).getResultList();
        Instant now = clock.instant();
        List<LearnerAssignment> out = new ArrayList<>();
        for (Assignment a : all) {
            AssignmentProgress p = progress(a, username).stream().findFirst()
                    .orElse(new AssignmentProgress(a.id, username, null, null, false, 0, 0));
            out.add(new LearnerAssignment(a, p.status(a, now), p.detail(a)));
        }
        return out;
    }

    /**
     * The progress of one member ({@code only}), or of every member when {@code only} is empty, in one query: work
     * counts from when the assignment was set.
     */
    @SuppressWarnings("unchecked")
    private List<AssignmentProgress> progress(Assignment a, String only) {
        List<Tuple> rows = em.createNativeQuery("""
                WITH live AS (
                    SELECT q.question_key FROM question q
                    WHERE q.bank_id = :bank AND q.is_current AND q.retired_at IS NULL
                      AND (CAST(:topics AS jsonb) = '[]'::jsonb OR jsonb_exists(CAST(:topics AS jsonb), q.topic)))
                SELECT u.username AS username,
                       (SELECT min(t.finished_at) FROM attempt t WHERE t.user_id = u.id AND t.bank_id = :bank
                          AND t.started_at >= :since AND t.finished_at IS NOT NULL) AS first_finished,
                       (SELECT max(t.score / t.max_score) FROM attempt t WHERE t.user_id = u.id AND t.bank_id = :bank
                          AND t.started_at >= :since AND t.finished_at IS NOT NULL) AS best_score,
                       EXISTS (SELECT 1 FROM attempt t WHERE t.user_id = u.id AND t.bank_id = :bank
                          AND t.started_at >= :since) AS started,
                       (SELECT count(*) FROM card c JOIN live l ON l.question_key = c.question_key
                          WHERE c.user_id = u.id AND c.bank_id = :bank AND c.reps > 0) AS studied,
                       (SELECT count(*) FROM live) AS live_questions
                FROM class_member m JOIN app_user u ON u.id = m.user_id
                WHERE m.class_id = :class AND (:only = '' OR u.username = :only)
                ORDER BY u.username""", Tuple.class)
                .setParameter("bank", a.bank.id)
                .setParameter("topics", json(a.topics))
                .setParameter("since", Timestamp.from(a.createdAt))
                .setParameter("class", a.schoolClass.id)
                .setParameter("only", only)
                .getResultList();
        List<AssignmentProgress> out = new ArrayList<>();
        for (Tuple t : rows) {
            int total = t.get("live_questions", Number.class).intValue();
            int target = a.quiz() || a.questionCount == null ? total : Math.min(a.questionCount, total);
            Number best = t.get("best_score", Number.class);
            out.add(new AssignmentProgress(a.id, t.get("username", String.class), SqlValues.instant(t.get("first_finished")),
                    best == null ? null : best.doubleValue(), t.get("started", Boolean.class),
                    t.get("studied", Number.class).intValue(), target));
        }
        return out;
    }

    private String json(List<String> topics) {
        try {
            return json.writeValueAsString(topics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
