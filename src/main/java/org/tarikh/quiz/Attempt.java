package org.tarikh.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tarikh.account.User;
import org.tarikh.bank.Bank;

/** One learner's run through a set of questions drawn from a bank. */
@Entity
@Table(name = "attempt")
public class Attempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne
    @JoinColumn(name = "user_id")
    public User user;

    @ManyToOne
    @JoinColumn(name = "bank_id")
    public Bank bank;

    @Convert(converter = QuizModeColumn.class)
    public QuizMode mode;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> topics = new ArrayList<>();

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public Double score;

    /** The class assignment this attempt was started for, if any. */
    @Column(name = "assignment_id")
    public Long assignmentId;

    @Column(name = "max_score")
    public int maxScore;

    @OneToMany(mappedBy = "attempt")
    @OrderBy("position")
    public List<AttemptItem> items = new ArrayList<>();

    public boolean practice() {
        return mode == QuizMode.PRACTICE;
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** An exam past its deadline that nobody has closed yet. */
    public boolean overdue(Instant now) {
        return finishedAt == null && expiresAt != null && !now.isBefore(expiresAt);
    }

    public long answeredCount() {
        return items.stream().filter(AttemptItem::answered).count();
    }
}
