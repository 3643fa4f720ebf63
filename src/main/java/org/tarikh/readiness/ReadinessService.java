package org.tarikh.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.account.User;
import org.tarikh.classes.Assignment;
import org.tarikh.classes.ClassService;
import org.tarikh.classes.SchoolClass;
import org.tarikh.failure.NotFound;
import org.tarikh.readiness.forecast.CardMemory;
import org.tarikh.readiness.forecast.RecallForecast;
import org.tarikh.readiness.forecast.TopicReadiness;
import org.tarikh.review.StudyDay;
import org.tarikh.review.scheduler.MemoryState;
import org.tarikh.review.scheduler.SchedulerParams;
import org.tarikh.review.scheduler.State;
import org.tarikh.review.scheduler.Weights;

/**
 * Readiness for an assignment's due date, from the members' cards of the assignment's bank and topics: three queries
 * for the whole class (questions, members, cards), the forecast in memory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadinessService {

    private record Question(String key, String topic) {
    }

    private final EntityManager em;
    private final ClassService classes;
    private final Clock clock;

    ReadinessService(EntityManager em, ClassService classes, Clock clock) {
        this.em = em;
        this.classes = classes;
        this.clock = clock;
    }

    /** Every member, for the class's teacher. */
    public AssignmentReadiness forTeacher(String teacher, long classId, long assignmentId) {
        SchoolClass c = classes.taughtBy(teacher, classId);
        Assignment a = Assignment.<Assignment>findByIdOptional(assignmentId)
                .filter(x -> x.schoolClass.id.equals(c.id))
                .orElseThrow(() -> new NotFound("The class has no assignment " + assignmentId + "."));
        return of(a, classes.members(c));
    }

    /** The learner alone, for an assignment of one of their classes. */
    public StudentReadiness forLearner(String username, long assignmentId) {
        return assignmentForLearner(username, assignmentId).students().get(0);
    }

    /** The assignment with the learner alone among its students, for the learner's own page. */
    public AssignmentReadiness assignmentForLearner(String username, long assignmentId) {
        return of(classes.forMember(username, assignmentId), List.of(User.require(username)));
    }

    private AssignmentReadiness of(Assignment a, List<User> members) {
        List<Question> questions = questions(a);
        Map<Long, Map<String, Tuple>> cards = cards(a, members);
        Instant now = clock.instant();
        List<StudentReadiness> students = new ArrayList<>();
        for (User u : members) {
            Map<String, Tuple> own = cards.getOrDefault(u.id, Map.of());
            List<CardMemory> memories = questions.stream().map(q -> memory(q, own.get(q.key()), u)).toList();
            students.add(readiness(u, memories, now, a.dueAt));
        }
        return new AssignmentReadiness(a.id, a.bank.slug, a.bank.title, a.schoolClass.name, List.copyOf(a.topics),
                a.dueAt, students);
    }

    private static StudentReadiness readiness(User u, List<CardMemory> memories, Instant now, Instant due) {
        StudyDay day = StudyDay.of(u.timeZone);
        SchedulerParams params = SchedulerParams.defaults().withDesiredRetention(u.desiredRetention);
        List<Double> own = Weights.fromText(u.fsrsParameters);
        if (own != null) {
            params = params.withWeights(own);
        }
        var exam = day.dayOf(due);
        List<TopicReadiness> topics = new RecallForecast(params).topics(memories, day.dayOf(now), exam);
        int questions = topics.stream().mapToInt(TopicReadiness::questions).sum();
        double recall = questions == 0 ? 0
                : topics.stream().mapToDouble(t -> t.predictedRecall() * t.questions()).sum() / questions;
        int reviews = topics.stream().mapToInt(TopicReadiness::reviewsNeeded).sum();
        return new StudentReadiness(u.username, u.displayName, exam, u.desiredRetention, questions, recall, reviews,
                topics);
    }

    private static CardMemory memory(Question q, Tuple card, User u) {
        if (card == null || card.get("lastReview") == null || card.get("state") == State.NEW) {
            return CardMemory.unseen(q.topic());
        }
        Instant lastReview = card.get("lastReview", Instant.class);
        return new CardMemory(q.topic(), new MemoryState(card.get("stability", Double.class),
                card.get("difficulty", Double.class)), StudyDay.of(u.timeZone).dayOf(lastReview));
    }

    private List<Question> questions(Assignment a) {
        List<Tuple> rows = em.createQuery("select q.key as questionKey, q.topic as topic from Question q"
                + " where q.bank.id = ?1 and q.current and q.retiredAt is null order by q.topic, q.key", Tuple.class)
                .setParameter(1, a.bank.id).getResultList();
        return rows.stream().map(r -> new Question(r.get("questionKey", String.class), r.get("topic", String.class)))
                .filter(q -> a.topics.isEmpty() || a.topics.contains(q.topic())).toList();
    }

    /** user id -> question key -> the card's stability, difficulty, lastReview and state. */
    private Map<Long, Map<String, Tuple>> cards(Assignment a, List<User> members) {
        Map<Long, Map<String, Tuple>> out = new HashMap<>();
        if (members.isEmpty()) {
            return out;
        }
        List<Tuple> rows = em.createQuery("select c.userId as userId, c.questionKey as questionKey,"
                + " c.stability as stability, c.difficulty as difficulty, c.lastReview as lastReview, c.state as state"
                + " from Card c where c.bankId = ?1 and c.userId in ?2", Tuple.class)
                .setParameter(1, a.bank.id).setParameter(2, members.stream().map(u -> u.id).toList()).getResultList();
        for (Tuple r : rows) {
            out.computeIfAbsent(r.get("userId", Long.class), k -> new HashMap<>())
                    .put(r.get("questionKey", String.class), r);
        }
        return out;
    }
}
