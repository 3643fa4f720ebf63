package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.LineMessage;
import org.w3c.dom.Element;

/** The answers of each Moodle XML question type, in the bank-file shape, with their feedback. */
final class MoodleXmlAnswers {

    private MoodleXmlAnswers() {
    }

    /** One {@code <answer fraction="...">}: its text, fraction in percent and feedback. */
    private record Answer(String text, double fraction, String feedback, Element element) {
    }

    private static List<Answer> answers(Element q, MoodleXmlText text, int line) {
        List<Answer> out = new ArrayList<>();
        for (Element a : MoodleXml.children(q, "answer")) {
            String fraction = a.getAttribute("fraction");
            double f;
            try {
                f = fraction.isBlank() ? 0 : Double.parseDouble(fraction.strip());
            } catch (NumberFormatException e) {
                throw new GiftSyntaxError(line, "the fraction \"" + fraction + "\" of an answer is not a number");
            }
            String value = text.convert(textOf(a), a.getAttribute("format"));
            String feedback = text.of(MoodleXml.child(a, "feedback"));
            out.add(new Answer(value == null ? "" : value, f, feedback == null || feedback.isBlank() ? null : feedback, a));
        }
        return out;
    }

    private static String textOf(Element answer) {
        Element t = MoodleXml.child(answer, "text");
        return t == null ? answer.getTextContent() : t.getTextContent();
    }

    private static boolean full(Answer a) {
        return Math.abs(a.fraction() - 100) < 0.001;
    }

    static void choice(Element q, MoodleXmlText text, Map<String, Object> map, Map<String, String> feedback,
                       List<LineMessage> notes, int line) {
        List<Answer> answers = answers(q, text, line);
        boolean single = !"false".equalsIgnoreCase(String.valueOf(MoodleXml.value(q, "single")).strip());
        List<String> choices = answers.stream().map(Answer::text).toList();
        map.put("choices", choices);
        answers.stream().filter(a -> a.feedback() != null).forEach(a -> feedback.putIfAbsent(a.text(), a.feedback()));
        if (single) {
            Answer right = answers.stream().filter(MoodleXmlAnswers::full).findFirst()
                    .orElseThrow(() -> new GiftSyntaxError(line, "no answer gets full credit (fraction 100)"));
            map.put("type", "single");
            map.put("answer", right.text());
            Map<String, Double> weights = new LinkedHashMap<>();
            for (Answer a : answers) {
                if (a != right && a.fraction() > 0) {
                    weights.put(a.text(), a.fraction());
                } else if (a.fraction() < 0) {
                    notes.add(new LineMessage(line, "the penalty " + GiftNumbers.plain(a.fraction()) + "% of \""
                            + a.text() + "\" is not kept: a wrong single choice scores 0"));
                }
            }
            if (!weights.isEmpty()) {
                map.put("weights", weights);
            }
            return;
        }
        map.put("type", "multi");
        Map<String, Double> weights = new LinkedHashMap<>();
        List<String> right = new ArrayList<>();
        for (Answer a : answers) {
            weights.put(a.text(), a.fraction());
            if (a.fraction() > 0) {
                right.add(a.text());
            }
        }
        map.put("answers", right);
        if (right.isEmpty() || !equalShares(weights, right)) {
            map.put("weights", weights);
        }
    }

    /** Equal shares for the answers and minus one share for every other choice: a multi without weights. */
    static boolean equalShares(Map<String, Double> weights, List<String> right) {
        double share = 100.0 / right.size();
        return weights.entrySet().stream().allMatch(e -> Math.abs(Math.abs(e.getValue()) - share) < 0.001
                && (e.getValue() > 0) == right.contains(e.getKey()));
    }

    static void trueFalse(Element q, MoodleXmlText text, Map<String, Object> map, Map<String, String> feedback) {
        Boolean answer = null;
        for (Answer a : answers(q, text, 0)) {
            String word = MoodleXmlQuestion.lower(a.text());
            boolean value = word.equals("true") || word.equals("wahr") || word.equals("vrai");
            if (full(a)) {
                answer = value;
            }
            if (a.feedback() != null) {
                feedback.put(String.valueOf(value), a.feedback());
            }
        }
        map.put("type", "truefalse");
        map.put("answer", answer == null ? Boolean.TRUE : answer);
    }

    static void shortAnswer(Element q, MoodleXmlText text, Map<String, Object> map, Map<String, String> feedback,
                            List<LineMessage> notes, int line) {
        List<Answer> answers = answers(q, text, line);
        map.put("type", "text");
        map.put("accept", answers.stream().filter(MoodleXmlAnswers::full).map(Answer::text).toList());
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Answer a : answers) {
            if (!full(a) && a.fraction() > 0) {
                weights.put(a.text(), a.fraction());
            } else if (!full(a)) {
                notes.add(new LineMessage(line, "the answer \"" + a.text() + "\" with " + GiftNumbers.plain(a.fraction())
                        + "% is left out: a text answer that is not accepted scores 0"));
            }
            if (a.feedback() != null && (full(a) || a.fraction() > 0)) {
                feedback.putIfAbsent(a.text().equals("*") ? QuestionSpec.OTHERWISE : a.text(), a.feedback());
            }
        }
        if (!weights.isEmpty()) {
            map.put("weights", weights);
        }
        if ("1".equals(String.valueOf(MoodleXml.value(q, "usecase")).strip())) {
            notes.add(new LineMessage(line, "case-sensitive matching (usecase) is not kept: Tarikh ignores case, "
                    + "accents and punctuation"));
        }
    }

    static void numerical(Element q, MoodleXmlText text, Map<String, Object> map, Map<String, String> feedback,
                          List<LineMessage> notes, int line) {
        map.put("type", "numeric");
        List<Map<String, Object>> partial = new ArrayList<>();
        boolean first = true;
        for (Answer a : answers(q, text, line)) {
            if (a.text().strip().equals("*")) {
                if (a.feedback() != null) {
                    feedback.putIfAbsent(QuestionSpec.OTHERWISE, a.feedback());
                }
                continue;
            }
            double value = number(a.text(), line, "the answer");
            String tol = MoodleXml.value(a.element(), "tolerance");
            double tolerance = tol == null || tol.isBlank() ? 0 : Math.abs(number(tol, line, "the tolerance"));
            if (full(a) && first) {
                first = false;
                map.put("answer", value);
                if (tolerance != 0) {
                    map.put("tolerance", tolerance);
                }
            } else if (a.fraction() > 0) {
                Map<String, Object> band = new LinkedHashMap<>();
                band.put("answer", value);
                band.put("tolerance", tolerance);
                band.put("weight", a.fraction());
                partial.add(band);
            } else {
                notes.add(new LineMessage(line, "the answer " + a.text().strip() + " with " + GiftNumbers.plain(a.fraction())
                        + "% is left out: a number that is not accepted scores 0"));
                continue;
            }
            if (a.feedback() != null) {
                feedback.putIfAbsent(MoodleXmlReader.numberKey(value, tolerance), a.feedback());
            }
        }
        if (first) {
            throw new GiftSyntaxError(line, "no numerical answer gets full credit (fraction 100)");
        }
        if (!partial.isEmpty()) {
            map.put("partial", partial);
        }
        unit(q, map, notes, line);
    }

    /** The unit whose multiplier is 1; other units are noted (Tarikh takes the number in that unit only). */
    private static void unit(Element q, Map<String, Object> map, List<LineMessage> notes, int line) {
        Element units = MoodleXml.child(q, "units");
        if (units == null) {
            return;
        }
        for (Element u : MoodleXml.children(units, "unit")) {
            String name = MoodleXml.value(u, "unit_name");
            String multiplier = MoodleXml.value(u, "multiplier");
            boolean base = multiplier == null || multiplier.isBlank() || Math.abs(parse(multiplier) - 1) < 1e-12;
            if (name == null || name.isBlank()) {
                continue;
            }
            if (base && !map.containsKey("unit")) {
                map.put("unit", name.strip());
            } else {
                notes.add(new LineMessage(line, "the unit \"" + name.strip() + "\" (multiplier " + multiplier
                        + ") is not kept: the number is asked in " + map.getOrDefault("unit", "the first unit")));
            }
        }
    }

    static void matching(Element q, MoodleXmlText text, Map<String, Object> map) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (Element sub : MoodleXml.children(q, "subquestion")) {
            String left = text.of(sub);
            String right = text.convert(MoodleXml.value(sub, "answer"), "");
            if (right == null || right.isBlank()) {
                continue;
            }
            if (left == null || left.isBlank()) {
                extra.add(right);
            } else {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("left", left);
                pair.put("right", right);
                pairs.add(pair);
            }
        }
        map.put("type", "match");
        map.put("pairs", pairs);
        if (!extra.isEmpty()) {
            map.put("extra", extra);
        }
    }

    private static double number(String raw, int line, String what) {
        try {
            return Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw new GiftSyntaxError(line, what + " must be a number, not \"" + raw.strip() + "\"");
        }
    }

    private static double parse(String raw) {
        try {
            return Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
