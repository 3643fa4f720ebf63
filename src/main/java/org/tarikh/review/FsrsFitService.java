package org.tarikh.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import org.tarikh.account.User;
import org.tarikh.review.optimizer.FsrsOptimizer;
import org.tarikh.review.optimizer.OptimizationResult;
import org.tarikh.review.optimizer.RevlogCsv;
import org.tarikh.review.optimizer.RevlogRow;
import org.tarikh.review.scheduler.Weights;
import org.tarikh.web.Conflict;

/** Fits a learner's FSRS weights to their own review log, applies them when they beat the defaults, or goes back. */
@ApplicationScoped
public class FsrsFitService {

    /** Gradient descent needs this many scored reviews (fsrs-rs fits only the first stabilities below it). */
    public static final int REVIEWS_NEEDED = FsrsOptimizer.MIN_ITEMS_FOR_TRAINING;

    /**
     * Fits, and when the fit predicts the learner's reviews better than the defaults, stores it for their schedule.
     * A fit that does not beat the defaults changes nothing.
     *
     * @throws Conflict when the learner has fewer than {@link #REVIEWS_NEEDED} reviews to score
     */
    @Transactional
    public FsrsFit optimize(Learner learner) {
        OptimizationResult result = FsrsOptimizer.optimize(rows(learner.id()), learner.day().zone());
        if (result.items() < REVIEWS_NEEDED) {
            throw new Conflict("too-few-reviews", "Fitting your schedule needs " + REVIEWS_NEEDED
                    + " reviews made a study day or more after the card's previous review; you have " + result.items()
                    + ", so " + (REVIEWS_NEEDED - result.items()) + " more are needed.");
        }
        if (result.improved()) {
            User.update("fsrsParameters = ?1 where id = ?2", Weights.toText(result.parameters()), learner.id());
        }
        return FsrsFit.of(result);
    }

    /** The learner's schedule goes back to the FSRS-6 defaults. */
    @Transactional
    public void useDefaults(long userId) {
        User.update("fsrsParameters = null where id = ?1", userId);
    }

    /** The learner's review log in the optimizer's CSV format (times in ms, state before the review). */
    @Transactional
    public void export(long userId, Writer out) throws IOException {
        out.write(String.join(",", RevlogCsv.COLUMNS));
        out.write('\n');
        List<Object[]> rows = ReviewRecord.getEntityManager().createQuery("select r.card.id, r.reviewedAt, r.rating, "
                + "r.stateBefore, r.durationMs from ReviewRecord r where r.user.id = ?1 order by r.reviewedAt, r.id",
                Object[].class).setParameter(1, userId).getResultList();
        for (Object[] r : rows) {
            Integer duration = (Integer) r[4];
            out.write(r[0] + "," + ((Instant) r[1]).toEpochMilli() + "," + r[2] + "," + stateNumber((String) r[3]) + ","
                    + (duration == null ? 0 : Math.max(0, duration)) + "\n");
        }
    }

    private static List<RevlogRow> rows(long userId) {
        List<Object[]> rows = ReviewRecord.getEntityManager().createQuery("select r.card.id, r.reviewedAt, r.rating, "
                + "r.stateBefore from ReviewRecord r where r.user.id = ?1 order by r.reviewedAt, r.id", Object[].class)
                .setParameter(1, userId).getResultList();
        return rows.stream().map(r -> new RevlogRow(String.valueOf(r[0]), ((Instant) r[1]).toEpochMilli(),
                (Integer) r[2], stateNumber((String) r[3]), 0)).toList();
    }

    /** FSRS's state numbers: 0 new, 1 learning, 2 review, 3 relearning. */
    private static int stateNumber(String state) {
        return switch (state) {
            case "new" -> 0;
            case "learning" -> 1;
            case "review" -> 2;
            case "relearning" -> 3;
            default -> throw new IllegalStateException("unknown card state " + state);
        };
    }
}
