package org.tarikh.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.tarikh.account.User;
import org.tarikh.failure.Conflict;
import org.tarikh.failure.ErrorDetail;
import org.tarikh.failure.InvalidInput;
import org.tarikh.failure.TooLarge;
import org.tarikh.review.optimizer.FsrsOptimizer;
import org.tarikh.review.optimizer.OptimizationResult;
import org.tarikh.review.optimizer.RevlogCsv;
import org.tarikh.review.optimizer.RevlogFormatException;
import org.tarikh.review.optimizer.RevlogRow;
import org.tarikh.review.scheduler.State;
import org.tarikh.review.scheduler.Weights;

/**
 * Fits a learner's FSRS weights to their own review log (plus any reviews they imported), applies them when they beat
 * the defaults, or goes back.
 */
@ApplicationScoped
public class FsrsFitService {

    /** Gradient descent needs this many scored reviews (fsrs-rs fits only the first stabilities below it). */
    public static final int REVIEWS_NEEDED = FsrsOptimizer.MIN_ITEMS_FOR_TRAINING;
    private static final int MAX_IMPORT_CHARS = 10 * 1024 * 1024;
    private static final int INSERT_BATCH = 1_000;
    private static final int FETCH_SIZE = 5_000;
    private static final int MAX_CARD_KEY = 200;

    /** What an import stored: rows, and how many of them can be scored when fitting. */
    public record ImportedLog(int imported, int items) {
    }

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
        try (Stream<Tuple> rows = ownReviews(userId)) {
            for (Tuple r : (Iterable<Tuple>) rows::iterator) {
                Integer duration = r.get("durationMs", Integer.class);
                out.write(r.get("cardId") + "," + r.get("reviewedAt", Instant.class).toEpochMilli() + "," + r.get("rating")
                        + "," + stateNumber(r.get("stateBefore", State.class)) + ","
                        + (duration == null ? 0 : Math.max(0, duration)) + "\n");
            }
        }
    }

    /**
     * The learner's own reviews, oldest first, read through a cursor: a long log is never held in memory at once
     * (the export and the fit both read it).
     */
    private static Stream<Tuple> ownReviews(long userId) {
        return ReviewRecord.getEntityManager().createQuery("select r.card.id as cardId, r.reviewedAt as reviewedAt,"
                        + " r.rating as rating, r.stateBefore as stateBefore, r.durationMs as durationMs"
                        + " from ReviewRecord r where r.user.id = ?1 order by r.reviewedAt, r.id", Tuple.class)
                .setParameter(1, userId).setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).getResultStream();
    }

    /**
     * Replaces the learner's imported reviews with those of {@code csv} (the optimizer's CSV format), all or nothing.
     * A file with only the header removes them.
     */
    @Transactional
    public ImportedLog importLog(long userId, String csv) {
        if (csv != null && csv.length() > MAX_IMPORT_CHARS) {
            throw new TooLarge("The file is larger than 10 MB: keep the most recent reviews.");
        }
        List<RevlogRow> rows;
        try {
            rows = RevlogCsv.read(new StringReader(csv == null ? "" : csv));
        } catch (RevlogFormatException e) {
            throw new InvalidInput("The review log has an error: " + e.getMessage(),
                    List.of(new ErrorDetail(e.field(), e.line(), e.getMessage())));
        }
        for (RevlogRow r : rows) {
            if (r.cardId().length() > MAX_CARD_KEY) {
                throw new InvalidInput("The review log has an error: line " + r.line() + ", field card_id: longer than "
                        + MAX_CARD_KEY + " characters", List.of(new ErrorDetail("card_id", r.line(), "longer than "
                        + MAX_CARD_KEY + " characters")));
            }
        }
        EntityManager em = ReviewRecord.getEntityManager();
        em.createNativeQuery("DELETE FROM imported_review WHERE user_id = ?1").setParameter(1, userId).executeUpdate();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO imported_review (user_id, card_key, "
                    + "reviewed_at, rating, state) VALUES (?, ?, ?, ?, ?)")) {
                int batched = 0;
                for (RevlogRow r : rows) {
                    insert.setLong(1, userId);
                    insert.setString(2, r.cardId());
                    insert.setTimestamp(3, Timestamp.from(Instant.ofEpochMilli(r.reviewTimeMs())));
                    insert.setInt(4, r.rating());
                    insert.setInt(5, r.state());
                    insert.addBatch();
                    // The driver keeps every batched row until it is sent: a 6 MB log of 170,000 rows in one batch
                    // took more than the whole heap of the documented command.
                    if (++batched % INSERT_BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        return new ImportedLog(rows.size(), FsrsOptimizer.optimize(rows).items());
    }

    /** The learner's reviews here, then those imported (their card ids kept apart by a prefix). */
    private static List<RevlogRow> rows(long userId) {
        EntityManager em = ReviewRecord.getEntityManager();
        List<RevlogRow> out = new ArrayList<>();
        try (Stream<Tuple> own = ownReviews(userId)) {
            own.forEach(r -> out.add(new RevlogRow(String.valueOf(r.get("cardId")),
                    r.get("reviewedAt", Instant.class).toEpochMilli(), r.get("rating", Integer.class),
                    stateNumber(r.get("stateBefore", State.class)), 0)));
        }
        // An imported log may hold a few hundred thousand rows: read in pages of the cursor, straight into the
        // optimizer's rows (a list of entities or tuples of them took more than the documented command's heap).
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement imported = c.prepareStatement("SELECT card_key, reviewed_at, rating, state"
                    + " FROM imported_review WHERE user_id = ? ORDER BY reviewed_at, id")) {
                imported.setFetchSize(FETCH_SIZE);
                imported.setLong(1, userId);
                try (ResultSet r = imported.executeQuery()) {
                    while (r.next()) {
                        out.add(new RevlogRow("import:" + r.getString(1), r.getTimestamp(2).getTime(), r.getInt(3),
                                r.getInt(4), 0));
                    }
                }
            }
        });
        return out;
    }

    /** The optimizer's CSV numbers its states 0 to 3. */
    private static int stateNumber(State state) {
        return switch (state) {
            case NEW -> 0;
            case LEARNING -> 1;
            case REVIEW -> 2;
            case RELEARNING -> 3;
        };
    }
}
