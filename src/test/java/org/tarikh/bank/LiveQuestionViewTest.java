package org.tarikh.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tarikh.support.TeacherBanks;
import org.tarikh.support.TestUsers;

/**
 * The view live_question (V018), which the native queries read live questions from, holds exactly the questions
 * {@link Question#live()} says are live: the current version of each, unless retired.
 */
@QuarkusTest
class LiveQuestionViewTest {

    @Test
    void theViewHoldsTheCurrentVersionOfEachQuestionThatIsNotRetired() {
        String teacher = TestUsers.teacher("live-view");
        String slug = TeacherBanks.create(teacher, "live-view");
        TeacherBanks.add(teacher, slug, TeacherBanks.single("kept", "Kept as it was?", List.of("Yes", "No")));
        TeacherBanks.add(teacher, slug, TeacherBanks.single("edited", "Edited once?", List.of("Yes", "No")));
        TeacherBanks.add(teacher, slug, TeacherBanks.single("retired", "Retired?", List.of("Yes", "No")));
        TeacherBanks.add(teacher, slug, TeacherBanks.single("both", "Edited, then retired?", List.of("Yes", "No")));
        edit(teacher, slug, "edited");
        edit(teacher, slug, "both");
        TestUsers.as(teacher).delete("/api/v1/banks/" + slug + "/questions/retired").then().statusCode(204);
        TestUsers.as(teacher).delete("/api/v1/banks/" + slug + "/questions/both").then().statusCode(204);

        QuarkusTransaction.requiringNew().run(() -> {
            Bank bank = Bank.require(slug);
            List<Question> versions = Question.list("bank", bank);
            assertEquals(6, versions.size(), "four questions, two of them edited once");
            assertEquals(Set.of("kept/1", "edited/2"), versions.stream().filter(Question::live)
                    .map(q -> q.key + "/" + q.version).collect(Collectors.toSet()));
            assertEquals(ids(versions.stream().filter(Question::live).toList()), liveIdsInView("WHERE bank_id = " + bank.id));
        });
    }

    @Test
    void acrossEveryBankTheViewAgreesWithTheEntity() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Question> all = Question.listAll();
            assertTrue(all.stream().anyMatch(Question::live), "the curated banks are loaded");
            assertEquals(ids(all.stream().filter(Question::live).toList()), liveIdsInView(""));
        });
    }

    private static void edit(String teacher, String slug, String key) {
        Map<String, Object> changed = TeacherBanks.single(key, "Edited: " + key + "?", List.of("Yes", "No"));
        TestUsers.as(teacher).contentType("application/json").body(changed)
                .put("/api/v1/banks/" + slug + "/questions/" + key).then().statusCode(200);
    }

    private static Set<Long> ids(List<Question> questions) {
        return questions.stream().map(q -> q.id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Long> liveIdsInView(String where) {
        List<?> ids = Question.getEntityManager().createNativeQuery("SELECT id FROM live_question " + where, Long.class)
                .getResultList();
        return ids.stream().map(id -> (Long) id).collect(Collectors.toCollection(TreeSet::new));
    }
}
