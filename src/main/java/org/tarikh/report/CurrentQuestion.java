package org.tarikh.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The parts of a question's current version the report shows: type, prompt, and for choice questions the choices. */
record CurrentQuestion(String type, String prompt, List<String> choices, List<String> answers) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() {
    };

    static CurrentQuestion of(String type, String prompt, String choicesJson, String answersJson) {
        return new CurrentQuestion(type, prompt, strings(choicesJson), strings(answersJson));
    }

    /** Every choice with its pick count, the answers first marked right; empty for other types. */
    List<ClassReport.ChoiceCount> choiceCounts(Map<String, Integer> picks) {
        if (!type.equals("single") && !type.equals("multi")) {
            return List.of();
        }
        List<ClassReport.ChoiceCount> out = new ArrayList<>();
        for (String choice : choices) {
            out.add(new ClassReport.ChoiceCount(choice, answers.contains(choice), picks.getOrDefault(choice, 0)));
        }
        return out;
    }

    private static List<String> strings(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, LIST).stream().filter(v -> v instanceof String).map(String.class::cast).toList();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of();
        }
    }
}
