package org.tarikh.classes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tarikh.account.User;
import org.tarikh.bank.Bank;
import org.tarikh.database.SqlValues;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.NotAllowed;
import org.tarikh.failure.NotFound;
import org.tarikh.failure.Problem;
import org.tarikh.signin.FailedAttempts;
import org.tarikh.text.UnsafeText;
import org.tarikh.web.TextInput;

/** Creating and joining classes, setting assignments, and reading where each learner stands. */
@ApplicationScoped
public class ClassService {

    /** What a teacher sends to set an assignment. */
    public record NewAssignment(String bank, String kind, Integer count, List<String> topics, Instant dueAt,
                                String mode, Integer timeLimitSeconds, Integer maxAttempts) {

        public NewAssignment(String bank, String kind, Integer count, List<String> topics, Instant dueAt) {
            this(bank, kind, count, topics, dueAt, null, null, null);
        }
    }

    /** An assignment as one learner sees it. */
    public record LearnerAssignment(Assignment assignment, AssignmentStatus status, String detail) {
    }

    static final int DEFAULT_QUIZ_COUNT = 10;

    private final EntityManager em;
    private final Clock clock;
    private final ObjectMapper json;
    private final FailedAttempts failures;

    ClassService(EntityManager em, Clock clock, ObjectMapper json, FailedAttempts failures) {
        this.em = em;
        this.clock = clock;
        this.json = json;
        this.failures = failures;
    }

    static final int MAX_NAME = 100;

    @Transactional
    public SchoolClass create(String teacher, String name) {
        String clean = name == null ? "" : UnsafeText.withoutBidiControls(name).strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw InvalidInput.of("name", "A class needs a name of 1 to " + MAX_NAME + " characters.");
        }
        SchoolClass c = new SchoolClass();
        c.name = TextInput.name("name", clean, MAX_NAME);
        c.teacher = User.require(teacher);
        c.createdAt = clock.instant();
        c.joinCode = freshCode();
        c.persist();
        return c;
    }

    /** Joins a class by its code; wrong codes are counted, and too many in a row are refused (429) for a while. */
    public SchoolClass join(String username, String code, String address) {
        failures.checkAllowed(FailedAttempts.Kind.JOIN_CODE, username, address);
        try {
            return QuarkusTransaction.joiningExisting().call(() -> joinNow(username, code));
        } catch (NotFound wrongCode) {
            failures.recordFailure(FailedAttempts.Kind.JOIN_CODE, username, address);
            throw wrongCode;
        }
    }

    private SchoolClass joinNow(String username, String code) {
        String normal = JoinCodes.normalise(code);
        if (normal.isEmpty()) {
            throw InvalidInput.of("joinCode", "Type the class's join code, e.g. KMTRAX.");
        }
        SchoolClass c = SchoolClass.<SchoolClass>find("joinCode", normal).firstResultOptional()
                .orElseThrow(() -> new NotFound("No class has the join code '" + normal + "': check it with your teacher."));
        User u = User.require(username);
        if (c.teacher.id.equals(u.id)) {
            throw new Conflict("You teach this class; learners join it with the code.");
        }
        em.createNativeQuery("INSERT INTO class_member (class_id, user_id, joined_at) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, c.id).setParameter(2, u.id).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        return c;
    }

    /** The class, if {@code username} teaches it: 404 when there is none, 403 for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SchoolClass taughtBy(String username, long classId) {
        SchoolClass c = SchoolClass.<SchoolClass>findByIdOptional(classId)
                .orElseThrow(() -> new NotFound("There is no class " + classId + "."));
        if (!c.teacher.username.equals(username)) {
            throw new NotAllowed("Only the class's teacher can see or change it.");
        }
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolClass> taughtClasses(String username) {
        return SchoolClass.list("teacher.username = ?1 order by createdAt desc", username);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolClass> joinedClasses(String username) {
        return em.createQuery("select c from SchoolClass c where c.id in (select m.classId from ClassMember m"
                + " where m.userId = (select u.id from User u where u.username = ?1)) order by c.name", SchoolClass.class)
                .setParameter(1, username).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isMember(SchoolClass c, String username) {
        return ClassMember.count("classId = ?1 and userId = (select u.id from User u where u.username = ?2)", c.id, username) > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> members(SchoolClass c) {
        return em.createQuery("select u from User u where u.id in (select m.userId from ClassMember m where m.classId = ?1)"
                + " order by u.username", User.class).setParameter(1, c.id).getResultList();
    }

    @Transactional
    public Assignment assign(String teacher, long classId, NewAssignment request) {
        SchoolClass c = taughtBy(teacher, classId);
        List<Problem> problems = new ArrayList<>();
        Bank bank = request.bank() == null ? null : Bank.findBySlug(request.bank()).orElse(null);
        if (bank == null) {
            problems.add(Problem.field("bank", request.bank() == null ? "Name the bank to assign."
                    : "There is no bank '" + request.bank() + "'."));
        }
        String kind = request.kind() == null ? "quiz" : request.kind();
        if (!kind.equals("quiz") && !kind.equals("review")) {
            problems.add(Problem.field("kind", "kind is 'quiz' or 'review', not '" + kind + "'."));
        }
        Integer count = request.count();
        if (count == null && kind.equals("quiz")) {
            count = DEFAULT_QUIZ_COUNT;
        }
        String mode = AssignmentSettings.modeOrPractice(request.mode());
        AssignmentSettings settings = new AssignmentSettings(kind, count, request.dueAt(), mode,
                request.timeLimitSeconds(), request.maxAttempts());
        settings.check(clock.instant(), problems);
        List<String> topics = request.topics() == null ? List.of() : request.topics();
        if (bank != null) {
            Set<String> known = new TreeSet<>(em.createQuery("select distinct q.topic from Question q where q.bank = ?1"
                    + " and q.current = true and q.retiredAt is null", String.class).setParameter(1, bank).getResultList());
            topics.stream().filter(t -> !known.contains(t)).forEach(t -> problems.add(Problem.field("topics",
                    "The bank has no topic '" + t + "' (it has: " + String.join(", ", known) + ").")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("The assignment cannot be set: " + String.join(" ",
                    problems.stream().map(Problem::message).toList()), problems);
        }
        Assignment a = new Assignment();
        a.schoolClass = c;
        a.bank = bank;
        a.kind = AssignmentKind.fromCode(kind).orElseThrow(); // checked above
        a.topics = List.copyOf(topics);
        settings.applyTo(a);
        a.createdAt = clock.instant();
        a.persist();
        return a;
    }

    /** What a teacher may change in a set assignment: the bank, the kind and the topics stay. */
    public record AssignmentChange(Integer count, Instant dueAt, String mode, Integer timeLimitSeconds,
                                   Integer maxAttempts) {
    }

    /**
     * Changes an assignment's due time, question count, mode, time limit and attempts allowed, checked by the rules
     * of a new one. Attempts already made keep the settings they were started with.
     */
    @Transactional
    public Assignment change(String teacher, long classId, long assignmentId, AssignmentChange change) {
        Assignment a = ofClass(taughtBy(teacher, classId), assignmentId);
        Integer count = change.count() == null ? a.questionCount : change.count();
        AssignmentSettings settings = new AssignmentSettings(a.kind.code(), count, change.dueAt(),
                a.quiz() ? AssignmentSettings.modeOrPractice(change.mode()) : "practice", change.timeLimitSeconds(),
                change.maxAttempts());
        List<Problem> problems = new ArrayList<>();
        settings.check(clock.instant(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput("The assignment cannot be changed: " + String.join(" ",
                    problems.stream().map(Problem::message).toList()), problems);
        }
        settings.applyTo(a);
        return a;
    }

    private static Assignment ofClass(SchoolClass c, long assignmentId) {
        return Assignment.<Assignment>findByIdOptional(assignmentId)
                .filter(x -> x.schoolClass.id.equals(c.id))
                .orElseThrow(() -> new NotFound("The class has no assignment " + assignmentId + "."));
    }

    /** The assignment, when {@code username} is a member of its class (404 otherwise: its existence is not revealed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Assignment forMember(String username, long assignmentId) {
        return Assignment.<Assignment>findByIdOptional(assignmentId)
                .filter(a -> isMember(a.schoolClass, username))
                .orElseThrow(() -> new NotFound("There is no assignment " + assignmentId + " in your classes."));
    }

    /** Withdraws an assignment: learners no longer see it; their quizzes and cards stay theirs. */
    @Transactional
    public void withdraw(String teacher, long classId, long assignmentId) {
        ofClass(taughtBy(teacher, classId), assignmentId).delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Assignment> assignments(SchoolClass c) {
        return Assignment.list("schoolClass = ?1 order by dueAt, id", c);
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

    /** Each member's progress on one assignment, in one query: work counts from when the assignment was set. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssignmentProgress> progress(Assignment a) {
        return progress(a, "");
    }

    /** The progress of one member ({@code only}), or of every member when {@code only} is empty. */
    @SuppressWarnings("unchecked")
    private List<AssignmentProgress> progress(Assignment a, String only) {
        List<Object[]> rows = em.createNativeQuery("""
                WITH live AS (
                    SELECT q.question_key FROM question q
                    WHERE q.bank_id = :bank AND q.is_current AND q.retired_at IS NULL
                      AND (CAST(:topics AS jsonb) = '[]'::jsonb OR jsonb_exists(CAST(:topics AS jsonb), q.topic)))
                SELECT u.username,
                       (SELECT min(t.finished_at) FROM attempt t WHERE t.user_id = u.id AND t.bank_id = :bank
                          AND t.started_at >= :since AND t.finished_at IS NOT NULL),
                       (SELECT max(t.score / t.max_score) FROM attempt t WHERE t.user_id = u.id AND t.bank_id = :bank
                          AND t.started_at >= :since AND t.finished_at IS NOT NULL),
                       EXISTS (SELECT 1 FROM attempt t WHERE t.user_id = u.id AND t.bank_id = :bank
                          AND t.started_at >= :since),
                       (SELECT count(*) FROM card c JOIN live l ON l.question_key = c.question_key
                          WHERE c.user_id = u.id AND c.bank_id = :bank AND c.reps > 0),
                       (SELECT count(*) FROM live)
                FROM class_member m JOIN app_user u ON u.id = m.user_id
                WHERE m.class_id = :class AND (:only = '' OR u.username = :only)
                ORDER BY u.username""")
                .setParameter("bank", a.bank.id)
                .setParameter("topics", json(a.topics))
                .setParameter("since", Timestamp.from(a.createdAt))
                .setParameter("class", a.schoolClass.id)
                .setParameter("only", only)
                .getResultList();
        List<AssignmentProgress> out = new ArrayList<>();
        for (Object[] r : rows) {
            int total = ((Number) r[5]).intValue();
            int target = a.quiz() || a.questionCount == null ? total : Math.min(a.questionCount, total);
            out.add(new AssignmentProgress(a.id, (String) r[0], SqlValues.instant(r[1]), r[2] == null ? null : ((Number) r[2]).doubleValue(),
                    (Boolean) r[3], ((Number) r[4]).intValue(), target));
        }
        return out;
    }

    public Instant now() {
        return clock.instant();
    }

    private String json(List<String> topics) {
        try {
            return json.writeValueAsString(topics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }


    private static String freshCode() {
        for (int tries = 0; tries < 20; tries++) {
            String code = JoinCodes.next();
            if (SchoolClass.count("joinCode", code) == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free join code after 20 tries");
    }

}
