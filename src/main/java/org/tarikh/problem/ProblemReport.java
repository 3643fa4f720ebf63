package org.tarikh.problem;

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
import org.tarikh.account.User;
import org.tarikh.bank.Question;

/** A learner's report about the question version they saw. */
@Entity
@Table(name = "problem_report")
public class ProblemReport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne
    @JoinColumn(name = "question_id")
    public Question question;

    @ManyToOne
    @JoinColumn(name = "reporter_id")
    public User reporter;

    @Convert(converter = ProblemKindColumn.class)
    public ProblemKind kind;
    public String message;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @ManyToOne
    @JoinColumn(name = "closed_by")
    public User closedBy;

    /** The teacher's answer, shown to the reporter (null: none yet). */
    public String reply;

    @Column(name = "replied_at")
    public Instant repliedAt;

    @ManyToOne
    @JoinColumn(name = "replied_by")
    public User repliedBy;
}
