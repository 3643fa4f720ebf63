package org.tarikh.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tarikh.bank.Bank;
import org.tarikh.failure.NotFound;

/** Setting work for a class, changing it and withdrawing it, by the {@link AssignmentRules}. */
@ApplicationScoped
public class AssignmentService {

    /** What a teacher sends to set an assignment. */
    public record NewAssignment(String bank, String kind, Integer count, List<String> topics, Instant dueAt,
                                String mode, Integer timeLimitSeconds, Integer maxAttempts) {

        public NewAssignment(String bank, String kind, Integer count, List<String> topics, Instant dueAt) {
            this(bank, kind, count, topics, dueAt, null, null, null);
        }
    }

    private final EntityManager em;
    private final Clock clock;
    private final ClassService classes;

    AssignmentService(EntityManager em, Clock clock, ClassService classes) {
        this.em = em;
        this.clock = clock;
        this.classes = classes;
    }

    @Transactional
    public Assignment assign(String teacher, long classId, NewAssignment request) {
        SchoolClass c = classes.taughtBy(teacher, classId);
        Bank bank = request.bank() == null ? null : Bank.findBySlug(request.bank()).orElse(null);
        List<String> topics = request.topics() == null ? List.of() : request.topics();
        AssignmentRules.Settings settings = AssignmentRules.forNew(request.bank(), bank == null ? null : liveTopics(bank),
                request.kind(), topics, new AssignmentRules.Requested(request.count(), request.dueAt(), request.mode(),
                        request.timeLimitSeconds(), request.maxAttempts()), clock.instant());
        Assignment a = new Assignment();
        a.schoolClass = c;
        a.bank = bank;
        a.kind = settings.kind();
        a.topics = List.copyOf(topics);
        apply(settings, a);
        a.createdAt = clock.instant();
        a.persist();
        return a;
    }

    /**
     * Changes an assignment's due time, question count, mode, time limit and attempts allowed, checked by the rules
     * of a new one; the bank, the kind and the topics stay. Attempts already made keep the settings they were started
     * with.
     */
    @Transactional
    public Assignment change(String teacher, long classId, long assignmentId, AssignmentRules.Requested change) {
        Assignment a = ofClass(classes.taughtBy(teacher, classId), assignmentId);
        apply(AssignmentRules.forChange(a.kind, a.questionCount, change, clock.instant()), a);
        return a;
    }

    /** Withdraws an assignment: learners no longer see it; their quizzes and cards stay theirs. */
    @Transactional
    public void withdraw(String teacher, long classId, long assignmentId) {
        ofClass(classes.taughtBy(teacher, classId), assignmentId).delete();
    }

    private static Assignment ofClass(SchoolClass c, long assignmentId) {
        return Assignment.<Assignment>findByIdOptional(assignmentId)
                .filter(x -> x.schoolClass.id.equals(c.id))
                .orElseThrow(() -> new NotFound("The class has no assignment " + assignmentId + "."));
    }

    private Set<String> liveTopics(Bank bank) {
        return new TreeSet<>(em.createQuery("select distinct q.topic from Question q where q.bank = ?1"
                + " and q.current = true and q.retiredAt is null", String.class).setParameter(1, bank).getResultList());
    }

    private static void apply(AssignmentRules.Settings settings, Assignment a) {
        a.questionCount = settings.count();
        a.dueAt = settings.dueAt();
        a.mode = settings.mode();
        a.timeLimitSeconds = settings.timeLimitSeconds();
        a.maxAttempts = settings.maxAttempts();
    }
}
