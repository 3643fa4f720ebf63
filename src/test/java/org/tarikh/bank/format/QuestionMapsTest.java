package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;

class QuestionMapsTest {

    @Test
    void everyTypeSurvivesToMapAndBack() {
        List<QuestionSpec> questions = Fixtures.allTypes();
        assertEquals(10, questions.size());
        for (QuestionSpec q : questions) {
            assertEquals(q, QuestionMaps.fromMap(QuestionMaps.toMap(q)), q.id());
        }
    }

    @Test
    void mapHasTheFileShapeInCanonicalOrder() {
        QuestionSpec khad = Fixtures.allTypes().get(0);
        Map<String, Object> map = QuestionMaps.toMap(khad);
        assertEquals(List.of("id", "type", "topic", "prompt", "choices", "answer", "explanation", "source", "difficulty", "tags"),
                List.copyOf(map.keySet()));
        assertEquals("single", map.get("type"));
        assertEquals(Map.of("section", "Minister of State Security: 1980–1985"), map.get("source"));
        assertEquals(2, map.get("difficulty"));
    }

    @Test
    void severalSectionsAreWrittenAsSectionsAndReadBack() {
        QuestionSpec q = new QuestionSpec("t1", "events", "Was it so?", new Body.TrueFalse(true), "Yes.",
                List.of("Introduction", "Emergency"), null, null);
        Map<String, Object> map = QuestionMaps.toMap(q);
        assertEquals(Map.of("sections", List.of("Introduction", "Emergency")), map.get("source"));
        assertEquals(q, QuestionMaps.fromMap(map));
        assertEquals("Introduction; Emergency", QuestionMaps.joinSections(q.sections()));
        assertEquals(q.sections(), QuestionMaps.splitSections(" Introduction ;Emergency; "));
    }

    @Test
    void nullsAreLeftOutAndCardsHaveAFrontInsteadOfAPrompt() {
        QuestionSpec card = new QuestionSpec("c1", "free topic", "KHAD", new Body.Card("The secret police."),
                "Became a ministry in 1986.", null, null, null);
        Map<String, Object> map = QuestionMaps.toMap(card);
        assertEquals(Map.of("id", "c1", "type", "card", "topic", "free topic", "front", "KHAD", "back", "The secret police.",
                "explanation", "Became a ministry in 1986."), map);
        assertEquals(List.of("id", "type", "topic", "front", "back", "explanation"), List.copyOf(map.keySet()));
        assertEquals(card, QuestionMaps.fromMap(map));
    }

    @Test
    void wholeNumbersStayWholeAndFractionsSurvive() {
        QuestionSpec troops = new QuestionSpec("n1", "events", "How many?", new Body.Numeric(25000, 0, null),
                "About that many.", null, null, null);
        assertEquals(25000L, QuestionMaps.toMap(troops).get("answer"));
        QuestionSpec share = new QuestionSpec("n2", "events", "What share?", new Body.Numeric(0.125, 0.01, "%"),
                "An eighth.", null, 5, List.of());
        assertEquals(share, QuestionMaps.fromMap(QuestionMaps.toMap(share)));
    }

    @Test
    void jsonStyleMapWithIntegersIsAccepted() {
        Map<String, Object> json = Map.of("id", "n1", "type", "numeric", "topic", "events", "prompt", "How many?",
                "answer", 15000, "tolerance", 1000, "explanation", "Roughly.", "difficulty", 3);
        QuestionSpec q = QuestionMaps.fromMap(json);
        assertEquals(new Body.Numeric(15000, 1000, null), q.body());
        assertEquals(3, q.difficulty());
    }

    @Test
    void invalidMapThrowsWithEveryFieldError() {
        Map<String, Object> bad = Map.of("id", "x", "type", "single", "prompt", "?", "choices", List.of("A"), "answer", "B",
                "explanation", "");
        InvalidQuestion e = assertThrows(InvalidQuestion.class, () -> QuestionMaps.fromMap(bad));
        assertEquals(List.of("topic", "choices", "explanation"), e.errors().stream().map(FieldError::field).toList());
        assertInstanceOf(IllegalArgumentException.class, e);
    }
}
