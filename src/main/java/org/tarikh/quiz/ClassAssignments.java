package org.tarikh.quiz;

import java.util.List;

/**
 * The class assignments learners start quizzes for, as a quiz needs them: the settings their teacher chose. Quiz owns
 * this interface and the classes feature implements it: quiz does not depend on classes (classes uses quiz's mode
 * and limits).
 */
public interface ClassAssignments {

    /** The quiz an assignment sets: its bank, questions and topics, mode, time limit and attempts allowed. */
    record AssignedQuiz(long assignmentId, String bank, Integer count, List<String> topics, QuizMode mode,
                        Integer timeLimitSeconds, Integer maxAttempts) {
    }

    /**
     * The quiz the assignment sets, for a member of its class: {@code NotFound} (404) for anyone else, so that its
     * existence is not revealed, and {@code InvalidInput} (400) when it sets flashcard review, not a quiz.
     */
    AssignedQuiz quizFor(String username, long assignmentId);
}
