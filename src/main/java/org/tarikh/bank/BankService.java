package org.tarikh.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tarikh.bank.content.QuestionType;

/** Reading banks and their questions for browsing. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BankService {

    public List<BankOverview> overviews() {
        Map<Long, Counts> counts = countsByBank();
        return Bank.<Bank>list("order by title").stream()
                .map(b -> counts.getOrDefault(b.id, new Counts()).overview(b))
                .toList();
    }

    public BankOverview overview(String slug) {
        return overview(bank(slug));
    }

    /** One bank's overview: its own counts only. */
    public BankOverview overview(Bank bank) {
        return counts("and q.bank = :bank", bank).getOrDefault(bank.id, new Counts()).overview(bank);
    }

    public Bank bank(String slug) {
        return Bank.require(slug);
    }

    public List<Question> liveQuestions(Bank bank) {
        return Question.listLive(bank);
    }

    /** One page of the live questions, in the order of {@link Question#listLive}; past the end, none. */
    List<Question> liveQuestions(Bank bank, QuestionPaging paging, int total) {
        if (paging.offset() >= total) {
            return List.of();
        }
        int from = (int) paging.offset();
        return Question.<Question>find("bank = ?1 and current = true and retiredAt is null order by id", bank)
                .range(from, from + paging.size() - 1).list();
    }

    private static Map<Long, Counts> countsByBank() {
        return counts("", null);
    }

    /** Live question counts by bank, topic and type; {@code filter} narrows them (to one {@code :bank}). */
    private static Map<Long, Counts> counts(String filter, Bank bank) {
        var query = Question.getEntityManager().createQuery(
                "select q.bank.id as bankId, q.topic as topic, q.type as questionType, count(q) as questions from Question q "
                        + "where q.current = true and q.retiredAt is null " + filter + " group by q.bank.id, q.topic, q.type",
                Tuple.class);
        if (bank != null) {
            query.setParameter("bank", bank);
        }
        Map<Long, Counts> byBank = new HashMap<>();
        for (Tuple row : query.getResultList()) {
            byBank.computeIfAbsent(row.get("bankId", Long.class), k -> new Counts()).add(row.get("topic", String.class),
                    row.get("questionType", QuestionType.class).code(), row.get("questions", Long.class).intValue());
        }
        return byBank;
    }

    /** Counts being summed for one bank. */
    private static final class Counts {
        private final Map<String, Integer> byTopic = new TreeMap<>();
        private final Map<String, Integer> byType = new TreeMap<>();
        private int total;

        void add(String topic, String type, int n) {
            byTopic.merge(topic, n, Integer::sum);
            byType.merge(type, n, Integer::sum);
            total += n;
        }

        BankOverview overview(Bank bank) {
            return new BankOverview(bank, total, Collections.unmodifiableMap(byTopic), Collections.unmodifiableMap(byType));
        }
    }
}
