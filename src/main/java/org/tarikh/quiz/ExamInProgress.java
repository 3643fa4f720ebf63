package org.tarikh.quiz;

import java.util.UUID;
import org.tarikh.failure.Conflict;

/** Refused because the learner is taking an exam on the bank: its answers stay out of reach until it ends. */
public class ExamInProgress extends Conflict {

    public static final String CODE = "exam-in-progress";
    private final UUID examId;

    public ExamInProgress(UUID examId) {
        super(CODE, "You are taking an exam on this bank. Its flashcards, practice quizzes and earlier results"
                + " are closed until you finish the exam.");
        this.examId = examId;
    }

    /** The open exam, so that a page can lead back to it. */
    public UUID examId() {
        return examId;
    }
}
