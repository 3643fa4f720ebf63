package org.tarikh.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.ClozeText;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.quiz.AttemptItem;
import org.tarikh.quiz.Delivery;

/**
 * What the test knows and the learner does not: the bank key, the question and the opaque ids of each delivered
 * question, read from the database, from which right and wrong responses are built.
 */
public final class KnownAnswers {

    /** One delivered question: the opaque id it was delivered under (what the learner answers by), its authored form and the ids drawn for it. */
    public record Delivered(String id, QuestionSpec spec, Delivery delivery) {
    }

    private KnownAnswers() {
    }

    /** The attempt's questions in order, by their bank key (which the learner never sees). */
    public static Map<String, Delivered> of(String attemptId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Delivered> byKey = new LinkedHashMap<>();
            for (AttemptItem i : AttemptItem.<AttemptItem>list("attempt.id = ?1 order by position", UUID.fromString(attemptId))) {
                byKey.put(i.question.key, new Delivered(i.publicId, i.question.spec(), i.delivery));
            }
            return byKey;
        });
    }

    /** The response that scores 1. */
    public static Map<String, Object> right(Delivered d) {
        Body b = d.spec().body();
        Delivery del = d.delivery();
        if (b instanceof Body.Single s) {
            return Map.of("choice", id(del.choices(), s.choices().indexOf(s.answer())));
        } else if (b instanceof Body.Multi m) {
            return Map.of("choices", m.answers().stream().map(a -> id(del.choices(), m.choices().indexOf(a))).toList());
        } else if (b instanceof Body.TrueFalse t) {
            return Map.of("value", t.answer());
        } else if (b instanceof Body.Numeric n) {
            return Map.of("value", n.answer());
        } else if (b instanceof Body.DateAnswer date) {
            return Map.of("value", date.answer().toString());
        } else if (b instanceof Body.Text t) {
            return Map.of("text", t.accept().get(0));
        } else if (b instanceof Body.Cloze c) {
            return Map.of("blanks", ClozeText.blanks(c.text()).stream().map(alts -> alts.get(0)).toList());
        } else if (b instanceof Body.Order o) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < o.items().size(); i++) {
                ids.add(id(del.items(), i));
            }
            return Map.of("order", ids);
        } else if (b instanceof Body.Match m) {
            Map<String, String> pairs = new HashMap<>();
            for (int i = 0; i < m.pairs().size(); i++) {
                pairs.put(id(del.left(), i), id(del.right(), i));
            }
            return Map.of("pairs", pairs);
        }
        throw new IllegalArgumentException("no quiz response for " + b.type());
    }

    /** A response that scores 0. */
    public static Map<String, Object> wrong(Delivered d) {
        Body b = d.spec().body();
        Delivery del = d.delivery();
        if (b instanceof Body.Single s) {
            int wrong = s.choices().indexOf(s.answer()) == 0 ? 1 : 0;
            return Map.of("choice", id(del.choices(), wrong));
        } else if (b instanceof Body.Multi m) {
            List<String> wrongIds = new ArrayList<>();
            for (int i = 0; i < m.choices().size(); i++) {
                if (!m.answers().contains(m.choices().get(i))) {
                    wrongIds.add(id(del.choices(), i));
                }
            }
            return Map.of("choices", wrongIds);
        } else if (b instanceof Body.TrueFalse t) {
            return Map.of("value", !t.answer());
        } else if (b instanceof Body.Numeric n) {
            return Map.of("value", n.answer() + n.tolerance() + 1000);
        } else if (b instanceof Body.DateAnswer) {
            return Map.of("value", "1066");
        } else if (b instanceof Body.Text) {
            return Map.of("text", "zzz not an answer");
        } else if (b instanceof Body.Cloze c) {
            return Map.of("blanks", ClozeText.blanks(c.text()).stream().map(alts -> "zzz").toList());
        } else if (b instanceof Body.Order o) {
            List<String> reversed = new ArrayList<>();
            for (int i = o.items().size() - 1; i >= 0; i--) {
                reversed.add(id(del.items(), i));
            }
            return Map.of("order", reversed);
        } else if (b instanceof Body.Match m) {
            Map<String, String> pairs = new HashMap<>();
            int n = m.pairs().size();
            for (int i = 0; i < n; i++) {
                pairs.put(id(del.left(), i), id(del.right(), (i + 1) % n));
            }
            return Map.of("pairs", pairs);
        }
        throw new IllegalArgumentException("no quiz response for " + b.type());
    }

    public static String id(List<Delivery.Option> options, int index) {
        return options.stream().filter(o -> o.index() == index).findFirst().orElseThrow().id();
    }
}
