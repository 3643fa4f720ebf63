package org.tarikh.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tarikh.database.Rows;

/**
 * While a learner has an open exam on a bank (not finished, time not run out), everything that would show
 * that bank's answers is on hold for them: card backs, practice quizzes, earlier results, and the bank's cards
 * in the review queue and its counts. Read straight from the attempt table, as the progress queries do.
 */
@ApplicationScoped
public class ExamHold {

    /** An attempt of {@code :user} that holds its bank at {@code :now}. */
    static final String OPEN_EXAM = "user_id = :user AND mode = 'exam' AND finished_at IS NULL "
            + "AND (expires_at IS NULL OR expires_at > :now)";

    /**
     * Each open exam of {@code :user} at {@code :now} ({@code exam_id}) with every bank it holds ({@code bank_id}):
     * its own bank and that bank's whole family, the banks copied from it and the one it was copied from, since
     * they share the answers. The review queue's SQL uses it too.
     */
    public static final String HELD_BANKS = """
            SELECT x.id AS exam_id, b.id AS bank_id
            FROM (SELECT id, bank_id FROM attempt WHERE %s) x
            JOIN bank eb ON eb.id = x.bank_id
            JOIN bank b ON COALESCE(b.family_id, b.id) = COALESCE(eb.family_id, eb.id)""".formatted(OPEN_EXAM);

    private final EntityManager em;
    private final Clock clock;

    ExamHold(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The learner's open exam on the bank (or on a bank of its family), if there is one. */
    public Optional<UUID> openExam(long userId, long bankId) {
        return rows(userId).stream().filter(r -> Rows.longValue(r, "bank_id") == bankId)
                .map(r -> r.get("exam_id", UUID.class)).findFirst();
    }

    /** Refuses (409 exam-in-progress) when the learner has an open exam on the bank. */
    public void refuseDuringExam(long userId, long bankId) {
        openExam(userId, bankId).ifPresent(exam -> {
            throw new ExamInProgress(exam);
        });
    }

    /** The banks the learner's open exams hold. */
    public Set<Long> heldBanks(long userId) {
        Set<Long> banks = new HashSet<>();
        for (Tuple r : rows(userId)) {
            banks.add(Rows.longValue(r, "bank_id"));
        }
        return banks;
    }

    private List<Tuple> rows(long userId) {
        return Rows.list(em.createNativeQuery(HELD_BANKS, Tuple.class).setParameter("user", userId)
                .setParameter("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
    }
}
