package org.tarikh.classes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tarikh.bank.Bank;
import org.tarikh.quiz.QuizMode;
import org.tarikh.quiz.QuizModeColumn;

/** Work set for a class: a quiz of {@code questionCount} questions, or studying the bank's cards, by a due date. */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    @ManyToOne
    @JoinColumn(name = "bank_id")
    public Bank bank;

    @Convert(converter = AssignmentKindColumn.class)
    public AssignmentKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> topics = new ArrayList<>();

    @Column(name = "question_count")
    public Integer questionCount;

    /** Meaningful for a quiz only: a review stays {@link QuizMode#PRACTICE}. */
    @Convert(converter = QuizModeColumn.class)
    public QuizMode mode = QuizMode.PRACTICE;

    @Column(name = "time_limit_seconds")
    public Integer timeLimitSeconds;

    /** Attempts each learner may make; null: as many as they like. */
    @Column(name = "max_attempts")
    public Integer maxAttempts;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /** "offices, dates", or "" for the whole bank. */
    public String topicsText() {
        return String.join(", ", topics);
    }

    /** The time limit in whole minutes, as the forms ask for it (null: none). */
    public Integer timeLimitMinutes() {
        return timeLimitSeconds == null ? null : timeLimitSeconds / 60;
    }

    public boolean exam() {
        return mode == QuizMode.EXAM;
    }

    /** "Exam, 20 minutes, 2 attempts" or "Practice". */
    public String settingsText() {
        StringBuilder s = new StringBuilder(exam() ? "Exam" : "Practice");
        if (timeLimitSeconds != null) {
            s.append(", ").append(timeLimitSeconds / 60).append(timeLimitSeconds / 60 == 1 ? " minute" : " minutes");
        }
        if (maxAttempts != null) {
            s.append(", ").append(maxAttempts).append(maxAttempts == 1 ? " attempt" : " attempts");
        }
        return s.toString();
    }

    public boolean quiz() {
        return kind == AssignmentKind.QUIZ;
    }
}
