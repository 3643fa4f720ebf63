package org.tarikh.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tarikh.database.Rows;
import org.tarikh.failure.NotFound;
import org.tarikh.quiz.ExamHold;
import org.tarikh.review.Card;
import org.tarikh.review.CardView;
import org.tarikh.review.Learner;
import org.tarikh.review.NextIntervals;
import org.tarikh.review.QuestionFronts;
import org.tarikh.review.ReviewRecord;
import org.tarikh.review.scheduler.Rating;
import org.tarikh.review.scheduler.State;
import org.tarikh.web.Paged;

/**
 * Reading a learner's cards: the search (one statement for the page and its total), the banks and topics to
 * filter by, and one card in full. Text is matched against what the card asks (the prompt, and a cloze's
 * sentence with its blanks taken out), never against answers: a search must not tell what an exam hides.
 */
@ApplicationScoped
public class CardBrowser {

    /** A bank or topic to filter by, with how many of the learner's cards it holds. */
    public record Choice(String value, String label, long cards) {
    }

    private static final String FROM = """
            FROM card c JOIN bank b ON b.id = c.bank_id
            JOIN question q ON q.bank_id = c.bank_id AND q.question_key = c.question_key AND q.is_current
            WHERE c.user_id = :user""";

    private static final String SEARCH = """
            SELECT c.id AS card_id, q.id AS question_row_id, b.slug AS bank, b.title AS bank_title, q.topic, c.state,
              c.suspended, c.requeued, c.due, c.reps, c.lapses, c.last_review, count(*) OVER () AS total
            """ + FROM + """
             AND (:bank = '' OR b.slug = :bank) AND (:topic = '' OR q.topic = :topic)
             AND (:state = '' OR (:state = 'suspended' AND c.suspended) OR (c.state = :state AND NOT c.suspended))
             AND (:text = '' OR q.prompt ILIKE :pattern ESCAPE '!' OR q.topic ILIKE :pattern ESCAPE '!'
                  OR (q.type = 'cloze' AND regexp_replace(q.content ->> 'text', '[{][{][^}]*[}][}]', ' ___ ', 'g')
                      ILIKE :pattern ESCAPE '!'))
            ORDER BY b.title, b.slug, c.added_at, c.id
            LIMIT :size OFFSET :offset""";

    private final EntityManager em;
    private final Clock clock;
    private final ExamHold hold;
    private final QuestionFronts fronts;

    CardBrowser(EntityManager em, Clock clock, ExamHold hold, QuestionFronts fronts) {
        this.em = em;
        this.clock = clock;
        this.hold = hold;
        this.fronts = fronts;
    }

    @Transactional
    public Paged<CardRow> search(Learner learner, CardSearch s) {
        List<Tuple> rows = Rows.list(em.createNativeQuery(SEARCH, Tuple.class).setParameter("user", learner.id())
                .setParameter("bank", s.bank()).setParameter("topic", s.topic()).setParameter("state", s.state())
                .setParameter("text", s.text()).setParameter("pattern", "%" + likeEscaped(s.text()) + "%")
                .setParameter("size", s.size()).setParameter("offset", s.page() * s.size()));
        List<CardRow> items = new ArrayList<>();
        for (Tuple r : rows) {
            long questionRowId = Rows.longValue(r, "question_row_id");
            State state = State.fromCode(r.get("state", String.class));
            items.add(new CardRow(Rows.longValue(r, "card_id"), String.valueOf(questionRowId), r.get("bank", String.class),
                    r.get("bank_title", String.class), r.get("topic", String.class), fronts.of(questionRowId), state.code(),
                    r.get("suspended", Boolean.class), state == State.NEW && Rows.isTrue(r, "requeued"),
                    Rows.instant(r, "due"), Rows.intValue(r, "reps"), Rows.intValue(r, "lapses"),
                    Rows.instant(r, "last_review")));
        }
        long total = rows.isEmpty() ? count(learner, s) : Rows.longValue(rows.get(0), "total");
        return new Paged<>(items, total);
    }

    /** The banks the learner has cards in, by title. */
    @Transactional
    public List<Choice> banks(Learner learner) {
        return choices(em.createNativeQuery("SELECT b.slug AS value, b.title AS label, count(*) AS cards FROM card c "
                + "JOIN bank b ON b.id = c.bank_id WHERE c.user_id = :user GROUP BY b.slug, b.title ORDER BY b.title, b.slug",
                Tuple.class), learner);
    }

    /** The topics of the learner's cards (of one bank when given), by name. */
    @Transactional
    public List<Choice> topics(Learner learner, String bank) {
        return choices(em.createNativeQuery("SELECT q.topic AS value, q.topic AS label, count(*) AS cards " + FROM
                + " AND (:bank = '' OR b.slug = :bank) GROUP BY q.topic ORDER BY q.topic", Tuple.class)
                .setParameter("bank", bank == null ? "" : bank), learner);
    }

    /** One of the learner's cards in full (404 for anyone else's); its back only when no open exam holds its bank. */
    @Transactional
    public CardInfo card(Learner learner, long cardId) {
        Card card = owned(learner, cardId);
        Instant now = clock.instant();
        UUID exam = hold.openExam(learner.id(), card.bankId).orElse(null);
        CardView view = CardView.of(card, exam == null);
        Tuple q = Rows.single(em.createNativeQuery("SELECT b.title AS bank_title, q.topic FROM bank b JOIN question q "
                        + "ON q.bank_id = b.id AND q.question_key = :key AND q.is_current WHERE b.id = :bank", Tuple.class)
                .setParameter("key", card.questionKey).setParameter("bank", card.bankId));
        CardRow row = new CardRow(card.id, view.questionId(), view.bank(), q.get("bank_title", String.class),
                q.get("topic", String.class), view.front(),
                card.state.code(), card.suspended, card.state == State.NEW && card.requeued, card.due, card.reps,
                card.lapses, card.lastReview);
        List<CardInfo.HistoryRow> history = ReviewRecord.<ReviewRecord>list("card = ?1 order by reviewedAt, id", card)
                .stream().map(r -> new CardInfo.HistoryRow(r.reviewedAt, r.rating, ratingName(r.rating), r.stateBefore.code(),
                        r.stateAfter.code(), r.scheduledDays, r.dueAfter, r.durationMs)).toList();
        return new CardInfo(row, NextIntervals.of(learner, card.id, card.toState(), now), view.back(), exam, history);
    }

    static Card owned(Learner learner, long cardId) {
        return owned(learner, Card.findById(cardId));
    }

    static Card owned(Learner learner, Card card) {
        // Another learner's card is answered like a missing one, as the review API does.
        if (card == null || card.userId != learner.id()) {
            throw new NotFound("There is no such card.");
        }
        return card;
    }

    private long count(Learner learner, CardSearch s) {
        if (s.page() == 0) {
            return 0;
        }
        // A page past the end: the total still says how many there are.
        return search(learner, new CardSearch(s.text(), s.bank(), s.topic(), s.state(), 0, 1)).total();
    }

    private List<Choice> choices(Query query, Learner learner) {
        return Rows.list(query.setParameter("user", learner.id())).stream()
                .map(r -> new Choice(r.get("value", String.class), r.get("label", String.class), Rows.longValue(r, "cards")))
                .toList();
    }

    static String ratingName(int rating) {
        String name = Rating.ofGrade(rating).name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
