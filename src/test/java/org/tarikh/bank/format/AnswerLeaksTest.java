package org.tarikh.bank.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.PartialDate;
import org.tarikh.bank.content.QuestionSpec;

/** The leak finder flags a key shown beside the fact it answers, and leaves a key shown in another context alone. */
class AnswerLeaksTest {

    private static QuestionSpec q(String id, String prompt, Body body) {
        return new QuestionSpec(id, "events", prompt, body, "Because.", List.of("Emergency"), null, null);
    }

    private static final QuestionSpec BIRTHPLACE = q("birthplace", "In which city was Najibullah born?", new Body.Text(List.of("Gardez")));

    private static List<String> pairs(List<QuestionSpec> questions) {
        return AnswerLeaks.find(questions, Set.of("Mohammad Najibullah", "Najibullah")).stream().map(AnswerLeaks.Leak::pair).toList();
    }

    @Test
    void orderItemStatingTheKeyWithTheFactIsALeak() {
        QuestionSpec timeline = q("timeline", "Put these in order.", new Body.Order(List.of("Born in Gardez", "Joins the PDPA", "Heads KHAD")));
        List<AnswerLeaks.Leak> leaks = AnswerLeaks.find(List.of(BIRTHPLACE, timeline), Set.of());
        assertEquals(List.of("birthplace <- timeline"), leaks.stream().map(AnswerLeaks.Leak::pair).toList());
        assertEquals(Set.of("born"), leaks.get(0).words());
    }

    @Test
    void keyInAnUnrelatedChoiceIsNotALeak() {
        QuestionSpec hanging = q("hanging", "Where were the bodies hanged?",
                new Body.Single(List.of("Outside the palace", "In the main square of Gardez", "At the airport"), "Outside the palace"));
        assertEquals(List.of(), pairs(List.of(BIRTHPLACE, hanging)));
    }

    @Test
    void matchSidesCountApartSoOnlyASideThatStatesTheFactLeaks() {
        QuestionSpec coup = q("coup", "", new Body.Cloze("After his coup failed, {{Tanai}} fled to Pakistan."));
        QuestionSpec pairedOnly = q("places", "Match each.", new Body.Match(List.of(new Body.Pair("Tanai", "Fled after a failed coup"),
                new Body.Pair("Dostum", "Held the airport"), new Body.Pair("Massoud", "Offered a way out"))));
        assertEquals(List.of(), pairs(List.of(coup, pairedOnly)));

        QuestionSpec stated = q("effects", "Match each.", new Body.Match(List.of(new Body.Pair("1990", "Tanai's coup fails"),
                new Body.Pair("1992", "Najibullah resigns"), new Body.Pair("1996", "The Taliban take Kabul"))));
        assertEquals(List.of("coup <- effects"), pairs(List.of(coup, stated)));
    }

    @Test
    void dateKeyIsLookedForAtItsPrecisionAndNumbersIgnoreDigitGroups() {
        QuestionSpec emergency = q("emergency", "On what date was the state of emergency declared?",
                new Body.DateAnswer(PartialDate.parseIso("1989-02-18").orElseThrow()));
        QuestionSpec arrests = q("arrests", "How many were arrested in February 1989, under the emergency?", new Body.Numeric(1700, 0, null));
        QuestionSpec yearOnly = q("year-only", "Which emergency measures were taken in 1989?", new Body.TrueFalse(true));
        assertEquals(List.of("emergency <- arrests"), pairs(List.of(emergency, arrests, yearOnly)));

        QuestionSpec militia = q("militia", "How many men did the militia have?", new Body.Numeric(100000, 10000, "men"));
        QuestionSpec troops = q("troops", "Which force of 100,000 men was a militia?", new Body.TrueFalse(true));
        assertEquals(List.of("militia <- troops"), pairs(List.of(militia, troops)));
    }

    @Test
    void theSubjectsNameAndWordsCommonToTheSubjectTieNothing() {
        QuestionSpec who = q("who", "Who was President of Afghanistan from 1987?", new Body.Text(List.of("Najibullah")));
        QuestionSpec withdrawal = q("withdrawal", "In which year did the Soviet withdrawal end?", new Body.DateAnswer(PartialDate.parseIso("1989").orElseThrow()));
        List<QuestionSpec> questions = new ArrayList<>(List.of(who, withdrawal,
                q("meeting", "In 1989 Najibullah told Soviet envoys whom he feared. Who?", new Body.Text(List.of("Massoud")))));
        assertEquals(List.of("withdrawal <- meeting"), pairs(questions));

        for (int i = 0; i < 8; i++) {
            questions.add(q("filler" + i, "A Soviet question, number " + i + "?", new Body.TrueFalse(true)));
        }
        assertEquals(List.of(), pairs(questions), "'Soviet' is in most questions here, so it ties nothing");
    }
}
