package org.tarikh.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tarikh.account.User;
import org.tarikh.bank.Bank;
import org.tarikh.review.scheduler.CardState;
import org.tarikh.review.scheduler.State;

/** A learner's flashcard for one question of a bank, with its FSRS memory state. */
@Entity
@Table(name = "card")
public class Card extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    // Lazy: the hot paths know the learner already and read only the ids below.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    public User user;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bank_id")
    public Bank bank;

    @Column(name = "user_id", insertable = false, updatable = false)
    public Long userId;

    @Column(name = "bank_id", insertable = false, updatable = false)
    public Long bankId;

    @Column(name = "question_key")
    public String questionKey;

    @Convert(converter = CardStateColumn.class)
    public State state;
    public Instant due;
    public double stability;
    public double difficulty;

    @Column(name = "scheduled_days")
    public int scheduledDays;

    @Column(name = "learning_steps")
    public int learningSteps;

    public int reps;
    public int lapses;

    @Column(name = "last_review")
    public Instant lastReview;

    public boolean requeued;

    /** Kept out of the review queue and every count until unsuspended; state and history stay. */
    public boolean suspended;

    @Column(name = "added_at")
    public Instant addedAt;

    /** The scheduler's view of this card. */
    public CardState toState() {
        return new CardState(due, stability, difficulty, scheduledDays, learningSteps, reps, lapses,
                state, lastReview);
    }

    /** Takes the scheduler's new state. */
    public void apply(CardState s) {
        due = s.due();
        stability = s.stability();
        difficulty = s.difficulty();
        scheduledDays = s.scheduledDays();
        learningSteps = s.learningSteps();
        reps = s.reps();
        lapses = s.lapses();
        state = s.state();
        lastReview = s.lastReview();
        requeued = false;
    }
}
