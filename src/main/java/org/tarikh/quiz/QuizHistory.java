package org.tarikh.quiz;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tarikh.web.Paged;

/** Reading a learner's attempts, each view built inside one transaction. */
@ApplicationScoped
public class QuizHistory {

    /** A finished attempt's results page. */
    public record ResultsPage(QuizResult result, AttemptSummary summary, String bankTitle, boolean timeUp) {
    }

    private final QuizService quizzes;

    QuizHistory(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @Transactional
    public Paged<AttemptSummary> attempts(String username, int page, int size) {
        var query = Attempt.find("user.username", Sort.descending("startedAt"), username);
        List<Attempt> attempts = query.page(Page.of(page, size)).list();
        Map<UUID, Long> answered = answeredCounts(attempts);
        return new Paged<>(attempts.stream().map(a -> AttemptSummary.of(a, answered.getOrDefault(a.id, 0L))).toList(),
                query.count());
    }

    /** Whether the attempt ended because its time ran out (closed at its deadline), for the results page's notice. */
    static boolean ranOutOfTime(Attempt a) {
        return a.expiresAt != null && a.finishedAt != null && !a.finishedAt.isBefore(a.expiresAt);
    }

    /** How many questions of each attempt are answered, in one query rather than loading every item. */
    private static Map<UUID, Long> answeredCounts(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return Map.of();
        }
        return Attempt.getEntityManager().createQuery("select i.attempt.id as attemptId, count(i) as answered"
                        + " from AttemptItem i where i.attempt in ?1 and i.answeredAt is not null group by i.attempt.id",
                        Tuple.class)
                .setParameter(1, attempts).getResultList().stream()
                .collect(Collectors.toMap(r -> r.get("attemptId", UUID.class), r -> r.get("answered", Long.class)));
    }

    /** The attempt for its owner, or for a teacher of a class the owner is in (read only: it changes nothing). */
    @Transactional
    public AttemptView view(String username, UUID attemptId) {
        Attempt a = Attempt.findById(attemptId);
        if (a != null && !a.user.username.equals(username) && teachesOwner(username, a.user.id)) {
            return AttemptView.of(a);
        }
        return AttemptView.of(quizzes.load(username, attemptId));
    }

    private static boolean teachesOwner(String teacher, long ownerId) {
        Long n = (Long) Attempt.getEntityManager().createNativeQuery("""
                SELECT count(*) FROM class_member m JOIN school_class c ON c.id = m.class_id
                JOIN app_user t ON t.id = c.teacher_id WHERE t.username = :teacher AND m.user_id = :owner""", Long.class)
                .setParameter("teacher", teacher).setParameter("owner", ownerId).getSingleResult();
        return n > 0;
    }

    @Transactional
    public Optional<ResultsPage> results(String username, UUID attemptId) {
        Attempt a = quizzes.load(username, attemptId);
        return a.finished()
                ? Optional.of(new ResultsPage(QuizService.result(a), AttemptSummary.of(a), a.bank.title, ranOutOfTime(a)))
                : Optional.empty();
    }
}
