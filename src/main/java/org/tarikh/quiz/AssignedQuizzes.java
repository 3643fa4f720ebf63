package org.tarikh.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.tarikh.account.User;
import org.tarikh.failure.Conflict;

/** Starting a class assignment's quiz with the settings its teacher chose: mode, time limit, attempts allowed. */
@ApplicationScoped
public class AssignedQuizzes {

    private final QuizService quizzes;
    private final ClassAssignments classes;

    AssignedQuizzes(QuizService quizzes, ClassAssignments classes) {
        this.quizzes = quizzes;
        this.classes = classes;
    }

    /** A new attempt at the assignment: 404 outside its class, 400 for a review assignment, 409 with no attempt left. */
    @Transactional
    public Attempt start(String username, long assignmentId) {
        ClassAssignments.AssignedQuiz a = classes.quizFor(username, assignmentId);
        User user = User.findByUsername(username).orElseThrow();
        // The learner's row is locked while attempts are counted, so two quick clicks cannot both use the last one.
        User.getEntityManager().lock(user, LockModeType.PESSIMISTIC_WRITE);
        long used = Attempt.count("user = ?1 and assignmentId = ?2", user, a.assignmentId());
        if (a.maxAttempts() != null && used >= a.maxAttempts()) {
            throw new Conflict("no-attempts-left", "You have used " + (a.maxAttempts() == 1 ? "the one attempt"
                    : "all " + a.maxAttempts() + " attempts") + " this assignment allows.");
        }
        return quizzes.start(username, new QuizStart(a.bank(), a.count(), a.topics(), a.mode().code(),
                a.timeLimitSeconds(), a.assignmentId()));
    }

    /** The learner's unfinished attempt at the assignment, to continue rather than start again. */
    @Transactional
    public Optional<UUID> unfinished(String username, long assignmentId) {
        return Attempt.<Attempt>find("user.username = ?1 and assignmentId = ?2 and finishedAt is null order by startedAt desc",
                        username, assignmentId).stream()
                .filter(at -> !at.overdue(quizzes.now())).map(at -> at.id).findFirst();
    }
}
