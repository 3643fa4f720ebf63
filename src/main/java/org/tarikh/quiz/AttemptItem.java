package org.tarikh.quiz;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;
import org.tarikh.bank.Question;
import org.tarikh.quiz.grading.Score;

/** One question of an attempt: the version shown, its opaque ids, and the learner's answer once given. */
@Entity
@Table(name = "attempt_item")
public class AttemptItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne
    @JoinColumn(name = "attempt_id")
    public Attempt attempt;

    public int position;

    /** The question's id in this attempt, drawn afresh: the one the learner sees and answers by (never the bank's key). */
    @Column(name = "public_id")
    public String publicId;

    @ManyToOne
    @JoinColumn(name = "question_id")
    public Question question;

    // Replaced, never changed in place: Hibernate need not copy it (a JSON round trip) for every row it loads.
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Delivery delivery;

    /** The learner's response as sent, in terms of this attempt's opaque ids. */
    // Replaced, never changed in place: Hibernate need not copy it (a JSON round trip) for every row it loads.
    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    public Map<String, Object> response;

    /** The choices the answer picked, as authored indexes (single and multi questions only): see {@link ChoicesPicked}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public int[] picked;

    public Double score;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** Flagged by the learner to come back to before finishing. */
    public boolean flagged;

    public boolean answered() {
        return answeredAt != null;
    }

    public double scoreOrZero() {
        return score == null ? 0 : score;
    }

    /** Answered, and not fully right: what the learner does not know yet. */
    public boolean missed() {
        return answered() && !Score.of(scoreOrZero()).correct();
    }
}
