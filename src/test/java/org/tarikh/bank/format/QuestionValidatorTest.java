package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;

/** One question given as a plain map (as the teachers' editor sends it in JSON): every error names its field. */
class QuestionValidatorTest {

    private static final ValidationContext CURATED = ValidationContext.curated(List.of("Introduction", "Emergency"));

    /** A valid question of the given type, with its type fields, as a mutable map. */
    private static Map<String, Object> question(String type, Object... typeFields) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", "q1");
        q.put("type", type);
        q.put("topic", "events");
        q.put("prompt", "What happened?");
        for (int i = 0; i < typeFields.length; i += 2) {
            q.put((String) typeFields[i], typeFields[i + 1]);
        }
        q.put("explanation", "Because.");
        q.put("source", Map.of("section", "Emergency"));
        return q;
    }

    private static List<FieldError> errors(Map<String, Object> q) {
        return QuestionValidator.validate(q, CURATED).errors();
    }

    @Test
    void validMapBecomesAQuestionSpec() {
        ValidationResult result = QuestionValidator.validate(
                question("numeric", "answer", 25000, "tolerance", 500, "unit", "troops"), CURATED);
        assertTrue(result.isValid(), result.errors()::toString);
        assertEquals(new Body.Numeric(25000, 500, "troops"), result.question().body());
        assertEquals("Emergency", result.question().section());
    }

    @Test
    void invalidMapGivesNoQuestionAndEveryFieldError() {
        Map<String, Object> q = question("single", "choices", List.of("A", "B"), "answer", "C");
        q.put("difficulty", 0);
        q.remove("explanation");
        ValidationResult result = QuestionValidator.validate(q, CURATED);
        assertNull(result.question());
        assertEquals(List.of(
                new FieldError("answer", "answer \"C\" is not one of the choices"),
                new FieldError("explanation", "missing required field explanation"),
                new FieldError("difficulty", "difficulty must be 1 (easy) to 5 (hard), not 0")), result.errors());
    }

    @Test
    void multiNeedsAtLeastOneAnswerAndOnlyChoices() {
        assertEquals(List.of(new FieldError("answers", "answers has 0 entries; at least 1 are needed")),
                errors(question("multi", "choices", List.of("A", "B"), "answers", List.of())));
        assertEquals(List.of(new FieldError("answers[1]", "answers[1] \"C\" is not one of the choices")),
                errors(question("multi", "choices", List.of("A", "B"), "answers", List.of("A", "C"))));
    }

    @Test
    void moreThanEightChoicesAreTooMany() {
        List<String> nine = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertEquals(List.of(new FieldError("choices", "choices has 9 entries; 2 to 8 are needed")),
                errors(question("single", "choices", nine, "answer", "1")));
    }

    @Test
    void trueFalseNeedsABoolean() {
        assertEquals(List.of(new FieldError("answer", "answer must be true or false, not a string")),
                errors(question("truefalse", "answer", "yes")));
    }

    @Test
    void numericNeedsANumberAndANonNegativeTolerance() {
        assertEquals(List.of(new FieldError("answer", "answer must be a number, not a string")),
                errors(question("numeric", "answer", "25000")));
        assertEquals(List.of(new FieldError("tolerance", "tolerance must be 0 or more, not -1.0")),
                errors(question("numeric", "answer", 3, "tolerance", -1)));
    }

    @Test
    void dateParsesAtItsOwnPrecision() {
        assertTrue(errors(question("date", "answer", "1988-04")).isEmpty());
        assertEquals(List.of(new FieldError("answer", "answer \"1988-13\" is not a real date of the form 1988, 1988-04 or 1988-04-14")),
                errors(question("date", "answer", "1988-13")));
        assertEquals(List.of(new FieldError("answer", "answer must be a string, not the number 1988 (put it in quotes)")),
                errors(question("date", "answer", 1988)));
    }

    @Test
    void textNeedsANonEmptyAcceptList() {
        assertEquals(List.of(new FieldError("accept", "accept has 0 entries; at least 1 are needed")),
                errors(question("text", "accept", List.of())));
        assertEquals(List.of(new FieldError("accept[1]", "accept[1] must not be empty")),
                errors(question("text", "accept", List.of("Gardez", " "))));
    }

    @Test
    void clozeNeedsABlankWithoutEmptyAlternatives() {
        assertEquals(List.of(new FieldError("text", "text has no blank: write blanks in double braces, e.g. {{1988}}")),
                errors(question("cloze", "text", "Signed in 1988.")));
        assertEquals(List.of(new FieldError("text", "text has a blank with an empty alternative")),
                errors(question("cloze", "text", "Signed in {{1988|}}.")));
        assertEquals(List.of(new FieldError("text", "text has an unmatched {{ or }}")),
                errors(question("cloze", "text", "Signed in {{1988}} at {{Geneva.")));
    }

    @Test
    void orderItemsMustBeUnique() {
        assertEquals(List.of(new FieldError("items[2]", "items[2] \"A\" repeats items[0]")),
                errors(question("order", "items", List.of("A", "B", "A"))));
    }

    @Test
    void matchPairsNeedLeftAndRightEachUnique() {
        List<Map<String, Object>> pairs = List.of(Map.of("left", "a", "right", "1"), Map.of("left", "b", "right", "1"),
                Map.of("left", "a", "right", "3"));
        assertEquals(List.of(new FieldError("pairs[2].left", "pairs[2].left \"a\" repeats pairs[0].left"),
                        new FieldError("pairs[1].right", "pairs[1].right \"1\" repeats pairs[0].right")),
                errors(question("match", "pairs", pairs)));
        List<Map<String, Object>> broken = List.of(Map.of("left", "a"), Map.of("left", "b", "right", "2"),
                Map.of("left", "c", "right", "3"));
        assertEquals(List.of(new FieldError("pairs[0].right", "missing required field pairs[0].right")),
                errors(question("match", "pairs", broken)));
    }

    @Test
    void cardHasAFrontAndNoPrompt() {
        Map<String, Object> card = question("card", "front", "KHAD", "back", "The secret police.");
        assertEquals(List.of(new FieldError("prompt", "unknown field prompt (a card's front is its prompt)")), errors(card));
        card.remove("prompt");
        assertEquals("KHAD", QuestionValidator.validate(card, CURATED).question().prompt());
    }

    @Test
    void idMayUseOnlyLowerCaseLettersDigitsAndDashes() {
        Map<String, Object> q = question("truefalse", "answer", true);
        q.put("id", "Q 1");
        assertEquals(List.of(new FieldError("id", "id \"Q 1\" may use only a-z, 0-9 and '-'")), errors(q));
    }

    @Test
    void curatedBanksNeedASourceButOpenBanksDoNot() {
        Map<String, Object> q = question("truefalse", "answer", true);
        q.remove("source");
        q.put("topic", "my own topic");
        assertEquals(List.of(new FieldError("topic", "topic \"my own topic\" is not one of offices, dates, policies, events, people, places"),
                new FieldError("source", "missing required field source")), errors(q));
        assertEquals(List.of(), QuestionValidator.validate(q, ValidationContext.open()).errors());
    }

    @Test
    void topicMustNotBeEmptyEvenWhenFree() {
        Map<String, Object> q = question("truefalse", "answer", true);
        q.put("topic", "");
        assertEquals(List.of(new FieldError("topic", "topic must not be empty")),
                QuestionValidator.validate(q, ValidationContext.open()).errors());
    }

    @Test
    void sourceMayCiteSeveralSectionsInTheirOrder() {
        Map<String, Object> q = question("truefalse", "answer", true);
        q.put("source", Map.of("sections", List.of("Introduction", "Emergency")));
        ValidationResult result = QuestionValidator.validate(q, CURATED);
        assertTrue(result.isValid(), result.errors()::toString);
        assertEquals(List.of("Introduction", "Emergency"), result.question().sections());
        assertEquals("Introduction", result.question().section());
    }

    @Test
    void everyCitedSectionMustExistAndBeCitedOnce() {
        Map<String, Object> q = question("truefalse", "answer", true);
        q.put("source", Map.of("sections", List.of("Emergency", "Exile", "Emergency")));
        assertEquals(List.of(
                new FieldError("source.sections[1]", "source.sections[1] \"Exile\" is not a section of source.yaml"),
                new FieldError("source.sections[2]", "source.sections[2] \"Emergency\" is cited twice")), errors(q));
    }

    @Test
    void aSingleCitedSectionMustExistAndASlipIsNamed() {
        Map<String, Object> q = question("truefalse", "answer", true);
        q.put("source", Map.of("section", "Exile"));
        assertEquals(List.of(new FieldError("source.section", "source.section \"Exile\" is not a section of source.yaml")), errors(q));
        q.put("source", Map.of("section", "emergency"));
        assertEquals(List.of(new FieldError("source.section",
                "source.section \"emergency\" is not a section of source.yaml (did you mean \"Emergency\"?)")), errors(q));
    }

    @Test
    void sourceTakesSectionOrSectionsButNotBothOrAnEmptyList() {
        Map<String, Object> q = question("truefalse", "answer", true);
        q.put("source", Map.of("section", "Emergency", "sections", List.of("Emergency")));
        assertEquals(List.of(new FieldError("source.section", "source needs either section or sections (a list), not both")),
                errors(q));
        q.put("source", Map.of("sections", List.of()));
        assertEquals(List.of(new FieldError("source.sections", "source.sections must list at least one section")), errors(q));
    }

    @Test
    void sourceMayOnlyHoldASection() {
        Map<String, Object> q = question("truefalse", "answer", true);
        q.put("source", Map.of("section", "Emergency", "page", 4));
        assertEquals(List.of(new FieldError("source.page", "unknown field source.page")), errors(q));
    }

    @Test
    void tagsMustBeStringsAndDifficultyAWholeNumber() {
        Map<String, Object> q = question("truefalse", "answer", true);
        q.put("tags", "khad");
        q.put("difficulty", 2.5);
        assertEquals(List.of(new FieldError("difficulty", "difficulty must be a whole number, not the number 2.5"),
                new FieldError("tags", "tags must be a list, not a string")), errors(q));
    }
}
