package org.tarikh.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.Body;

/** The parts of a question's current version the report shows: type, prompt, and for choice questions the choices. */
record CurrentQuestion(String type, String prompt, List<String> choices, List<String> answers) {

    static CurrentQuestion of(String type, String prompt, Body body) {
        return switch (body.type()) {
            case SINGLE -> new CurrentQuestion(type, prompt, ((Body.Single) body).choices(), List.of(((Body.Single) body).answer()));
            case MULTI -> new CurrentQuestion(type, prompt, ((Body.Multi) body).choices(), ((Body.Multi) body).answers());
            case TRUEFALSE, NUMERIC, DATE, TEXT, CLOZE, ORDER, MATCH, CARD -> new CurrentQuestion(type, prompt, List.of(), List.of());
        };
    }

    /** Every choice with its pick count, the answers marked right; empty for other types. */
    List<ClassReport.ChoiceCount> choiceCounts(Map<String, Integer> picks) {
        List<ClassReport.ChoiceCount> out = new ArrayList<>();
        for (String choice : choices) {
            out.add(new ClassReport.ChoiceCount(choice, answers.contains(choice), picks.getOrDefault(choice, 0)));
        }
        return out;
    }
}
