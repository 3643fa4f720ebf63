package org.tarikh.classes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.tarikh.failure.InvalidInput;
import org.tarikh.quiz.ClassAssignments;

/** The quiz an assignment sets, as the quiz feature starts it (through its own {@link ClassAssignments}). */
@ApplicationScoped
public class AssignedQuizSettings implements ClassAssignments {

    private final ClassService classes;

    AssignedQuizSettings(ClassService classes) {
        this.classes = classes;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignedQuiz quizFor(String username, long assignmentId) {
        Assignment a = classes.forMember(username, assignmentId);
        if (!a.quiz()) {
            throw InvalidInput.of("assignmentId", "This assignment is studying flashcards, not a quiz.");
        }
        return new AssignedQuiz(a.id, a.bank.slug, a.questionCount, a.topics, a.mode, a.timeLimitSeconds, a.maxAttempts);
    }
}
