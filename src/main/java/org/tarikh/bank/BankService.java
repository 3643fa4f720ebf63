package org.tarikh.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tarikh.web.NotFound;

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
        Bank bank = bank(slug);
        return countsByBank().getOrDefault(bank.id, new Counts()).overview(bank);
    }

    public Bank bank(String slug) {
        return Bank.findBySlug(slug).orElseThrow(() -> new NotFound("There is no bank '" + slug + "'."));
    }

    public List<Question> liveQuestions(Bank bank) {
        return Question.listLive(bank);
    }

    private static Map<Long, Counts> countsByBank() {
        List<Object[]> rows = Question.getEntityManager().createQuery(
                "select q.bank.id, q.topic, q.type, count(q) from Question q "
                        + "where q.current = true and q.retiredAt is null group by q.bank.id, q.topic, q.type",
                Object[].class).getResultList();
        Map<Long, Counts> byBank = new HashMap<>();
        for (Object[] row : rows) {
            byBank.computeIfAbsent((Long) row[0], k -> new Counts()).add((String) row[1], (String) row[2],
                    ((Number) row[3]).intValue());
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
