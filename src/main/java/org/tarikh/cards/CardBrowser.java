package org.tarikh.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tarikh.database.SqlValues;
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
            SELECT c.id, q.id, b.slug, b.title, q.topic, c.state, c.suspended, c.requeued, c.due, c.reps, c.lapses,
              c.last_review, count(*) OVER ()
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SEARCH).setParameter("user", learner.id())
                .setParameter("bank", s.bank()).setParameter("topic", s.topic()).setParameter("state", s.state())
                .setParameter("text", s.text()).setParameter("pattern", "%" + likeEscaped(s.text()) + "%")
                .setParameter("size", s.size()).setParameter("offset", s.page() * s.size())
                .getResultList();
        List<CardRow> items = new ArrayList<>();
        for (Object[] r : rows) {
            long questionRowId = number(r[1]);
            items.add(new CardRow(number(r[0]), String.valueOf(questionRowId), (String) r[2], (String) r[3],
                    (String) r[4], fronts.of(questionRowId), (String) r[5], (Boolean) r[6], missedInQuiz(r[5], r[7]),
                    SqlValues.instant(r[8]), (int) number(r[9]), (int) number(r[10]), SqlValues.instant(r[11])));
        }
        long total = rows.isEmpty() ? count(learner, s) : number(rows.get(0)[12]);
        return new Paged<>(items, total);
    }

    /** The banks the learner has cards in, by title. */
    @Transactional
    public List<Choice> banks(Learner learner) {
        return choices(em.createNativeQuery("SELECT b.slug, b.title, count(*) FROM card c JOIN bank b ON b.id = c.bank_id "
                + "WHERE c.user_id = :user GROUP BY b.slug, b.title ORDER BY b.title, b.slug"), learner);
    }

    /** The topics of the learner's cards (of one bank when given), by name. */
    @Transactional
    public List<Choice> topics(Learner learner, String bank) {
        return choices(em.createNativeQuery("SELECT q.topic, q.topic, count(*) " + FROM
                + " AND (:bank = '' OR b.slug = :bank) GROUP BY q.topic ORDER BY q.topic")
                .setParameter("bank", bank == null ? "" : bank), learner);
    }

    /** One of the learner's cards in full (404 for anyone else's); its back only when no open exam holds its bank. */
    @Transactional
    public CardInfo card(Learner learner, long cardId) {
        Card card = owned(learner, cardId);
        Instant now = clock.instant();
        UUID exam = hold.openExam(learner.id(), card.bankId).orElse(null);
        CardView view = CardView.of(card, exam == null);
        Object[] q = (Object[]) em.createNativeQuery("SELECT b.title, q.topic FROM bank b JOIN question q "
                        + "ON q.bank_id = b.id AND q.question_key = :key AND q.is_current WHERE b.id = :bank")
                .setParameter("key", card.questionKey).setParameter("bank", card.bankId).getSingleResult();
        CardRow row = new CardRow(card.id, view.questionId(), view.bank(), (String) q[0], (String) q[1], view.front(),
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter("user", learner.id()).getResultList();
        return rows.stream().map(r -> new Choice((String) r[0], (String) r[1], number(r[2]))).toList();
    }

    private static boolean missedInQuiz(Object state, Object requeued) {
        return "new".equals(state) && Boolean.TRUE.equals(requeued);
    }

    static String ratingName(int rating) {
        String name = Rating.ofGrade(rating).name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
