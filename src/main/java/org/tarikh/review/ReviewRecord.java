package org.tarikh.review;

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
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import org.hibernate.type.SqlTypes;
import org.tarikh.account.User;
import org.tarikh.review.scheduler.State;

/** One stored review (the {@code review_log} table): what was rated, and the card before and after. */
@Entity
@Table(name = "review_log")
public class ReviewRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "review_id")
    public UUID reviewId;

    @ManyToOne
    @JoinColumn(name = "card_id")
    public Card card;

    @ManyToOne
    @JoinColumn(name = "user_id")
    public User user;

    public int rating;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "elapsed_days")
    public int elapsedDays;

    @Column(name = "duration_ms")
    public Integer durationMs;

    @Column(name = "state_before")
    @Convert(converter = CardStateColumn.class)
    public State stateBefore;

    @Column(name = "state_after")
    @Convert(converter = CardStateColumn.class)
    public State stateAfter;

    @Column(name = "stability_before")
    public double stabilityBefore;

    @Column(name = "stability_after")
    public double stabilityAfter;

    @Column(name = "difficulty_before")
    public double difficultyBefore;

    @Column(name = "difficulty_after")
    public double difficultyAfter;

    public Double retrievability;

    @Column(name = "scheduled_days")
    public int scheduledDays;

    @Column(name = "due_after")
    public Instant dueAfter;

    /** The card's fields before this review, so that undo can restore them exactly. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "card_before")
    @Mutability(Immutability.class)
    public Map<String, Object> cardBefore;
}
