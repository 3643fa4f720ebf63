package org.tarikh.bank.transfer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.ClozeText;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.bank.format.QuestionMaps;

/**
 * Writes questions as Moodle XML, which Moodle imports and {@link MoodleXmlReader} reads back to equal questions:
 * a category per topic, single and multi as multichoice (a multi without weights as equal shares, each wrong
 * choice minus one share, which scores the same), truefalse, text as shortanswer (weights as fractions), numeric
 * as numerical (bands as further answers, the unit with multiplier 1), match as matching (extra options as
 * subquestions without text), cloze as multianswer; the id as name and idnumber, feedback per answer, the
 * explanation as general feedback. Order, date and card questions have no Moodle XML form: they are listed in
 * a comment at the top of the file and as skipped. Text is written as plain text.
 */
public final class MoodleXmlWriter {

    private final StringBuilder out = new StringBuilder();

    private MoodleXmlWriter() {
    }

    public static ExportedFile write(List<QuestionSpec> questions) {
        return new MoodleXmlWriter().writeAll(questions);
    }

    private ExportedFile writeAll(List<QuestionSpec> questions) {
        List<ExportedFile.Skipped> skipped = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        String topic = null;
        for (QuestionSpec q : questions) {
            String reason = unsupported(q.body());
            if (reason != null) {
                skipped.add(new ExportedFile.Skipped(q.id(), q.type().code(), reason));
                continue;
            }
            if (!q.topic().equals(topic)) {
                topic = q.topic();
                out.append("  <question type=\"category\">\n    <category><text>$course$/top/")
                        .append(xml(GiftCategory.path(topic))).append("</text></category>\n  </question>\n");
            }
            question(q);
        }
        body.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (!skipped.isEmpty()) {
            body.append("<!-- Left out of this Moodle XML file: ").append(skipped.size())
                    .append(skipped.size() == 1 ? " question" : " questions").append(" Moodle XML cannot express:\n");
            for (ExportedFile.Skipped s : skipped) {
                body.append("     ").append(comment(s.questionId())).append(" (").append(s.type()).append("): ")
                        .append(comment(s.reason())).append('\n');
            }
            body.append("-->\n");
        }
        body.append("<quiz>\n").append(out).append("</quiz>\n");
        return new ExportedFile(body.toString(), skipped);
    }

    static String unsupported(Body body) {
        return switch (body.type()) {
            case ORDER -> "Moodle XML has no ordering question Tarikh can write";
            case DATE -> "Moodle XML has no date question";
            case CARD -> "Moodle XML has no flashcard";
            case SINGLE, MULTI, TRUEFALSE, NUMERIC, TEXT, CLOZE, MATCH -> null;
        };
    }

    /** Moodle's question type; none for the types {@link #unsupported} names, which are never written. */
    private static String moodleType(Body b) {
        return switch (b.type()) {
            case SINGLE, MULTI -> "multichoice";
            case TRUEFALSE -> "truefalse";
            case TEXT -> "shortanswer";
            case NUMERIC -> "numerical";
            case MATCH -> "matching";
            case CLOZE -> "multianswer";
            case ORDER, DATE, CARD -> throw new IllegalArgumentException(unsupported(b));
        };
    }

    private void question(QuestionSpec q) {
        Body b = q.body();
        String type = moodleType(b);
        Map<String, String> feedback = q.feedback() == null ? Map.of() : q.feedback();
        out.append("  <question type=\"").append(type).append("\">\n");
        out.append("    <name><text>").append(xml(q.id())).append("</text></name>\n");
        boolean cloze = q.type() == QuestionType.CLOZE;
        String prompt = cloze ? clozeText(((Body.Cloze) b).text()) : q.prompt();
        text("questiontext", prompt);
        if (q.explanation() != null) {
            text("generalfeedback", q.explanation());
        }
        out.append("    <idnumber>").append(xml(q.id())).append("</idnumber>\n");
        if (cloze) {
            tarikh("prompt", q.prompt());
        }
        if (!q.sections().isEmpty()) {
            tarikh("source", QuestionMaps.joinSections(q.sections()));
        }
        if (q.difficulty() != null) {
            tarikh("difficulty", String.valueOf(q.difficulty()));
        }
        out.append(answers(b, feedback));
        if (q.tags() != null && !q.tags().isEmpty()) {
            out.append("    <tags>\n");
            q.tags().forEach(t -> out.append("      <tag><text>").append(xml(t)).append("</text></tag>\n"));
            out.append("    </tags>\n");
        }
        out.append("  </question>\n");
    }

    /** The answers; a cloze has its answers in its text, and the unsupported types are never written. */
    private static String answers(Body body, Map<String, String> feedback) {
        return switch (body.type()) {
            case SINGLE -> single((Body.Single) body, feedback);
            case MULTI -> multi((Body.Multi) body, feedback);
            case TRUEFALSE -> trueFalse((Body.TrueFalse) body, feedback);
            case TEXT -> text((Body.Text) body, feedback);
            case NUMERIC -> numeric((Body.Numeric) body, feedback);
            case MATCH -> match((Body.Match) body);
            case CLOZE, ORDER, DATE, CARD -> "";
        };
    }

    private static String single(Body.Single b, Map<String, String> feedback) {
        StringBuilder s = new StringBuilder("    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n");
        for (String choice : b.choices()) {
            s.append(answer(b.credit(choice) * 100, choice, feedback.get(choice), null));
        }
        return s.toString();
    }

    private static String multi(Body.Multi b, Map<String, String> feedback) {
        StringBuilder s = new StringBuilder("    <single>false</single>\n    <shuffleanswers>true</shuffleanswers>\n");
        Map<String, Double> weights = b.weights() != null ? b.weights() : GiftAnswerWriter.equalWeights(b.choices(), b.answers());
        for (String choice : b.choices()) {
            s.append(answer(weights.getOrDefault(choice, 0.0), choice, feedback.get(choice), null));
        }
        return s.toString();
    }

    private static String trueFalse(Body.TrueFalse b, Map<String, String> feedback) {
        return answer(b.answer() ? 100 : 0, "true", feedback.get("true"), null)
                + answer(b.answer() ? 0 : 100, "false", feedback.get("false"), null);
    }

    private static String text(Body.Text b, Map<String, String> feedback) {
        StringBuilder s = new StringBuilder("    <usecase>0</usecase>\n");
        b.accept().forEach(a -> s.append(answer(100, a, feedback.get(a), null)));
        if (b.weights() != null) {
            b.weights().forEach((a, w) -> s.append(answer(w, a, feedback.get(a), null)));
        }
        return s.toString();
    }

    private static String numeric(Body.Numeric b, Map<String, String> feedback) {
        StringBuilder s = new StringBuilder(answer(100, GiftAnswerWriter.number(b.answer()),
                feedback.get(Body.numberKey(b.answer(), b.tolerance())), GiftAnswerWriter.number(b.tolerance())));
        for (Body.Band band : b.partial()) {
            s.append(answer(band.weight(), GiftAnswerWriter.number(band.answer()),
                    feedback.get(Body.numberKey(band.answer(), band.tolerance())), GiftAnswerWriter.number(band.tolerance())));
        }
        if (feedback.containsKey(QuestionSpec.OTHERWISE)) {
            s.append(answer(0, "*", feedback.get(QuestionSpec.OTHERWISE), "0"));
        }
        if (b.unit() != null) {
            s.append("    <units>\n      <unit>\n        <multiplier>1</multiplier>\n        <unit_name>")
                    .append(xml(b.unit())).append("</unit_name>\n      </unit>\n    </units>\n");
        }
        return s.toString();
    }

    private static String match(Body.Match b) {
        StringBuilder s = new StringBuilder("    <shuffleanswers>true</shuffleanswers>\n");
        for (Body.Pair p : b.pairs()) {
            s.append(subquestion(p.left(), p.right()));
        }
        b.extra().forEach(x -> s.append(subquestion("", x)));
        return s.toString();
    }

    private static String answer(double fraction, String text, String feedback, String tolerance) {
        StringBuilder s = new StringBuilder("    <answer fraction=\"").append(GiftNumbers.plain(round(fraction)))
                .append("\" format=\"plain_text\">\n      <text>").append(xml(text)).append("</text>\n");
        if (tolerance != null) {
            s.append("      <tolerance>").append(tolerance).append("</tolerance>\n");
        }
        if (feedback != null) {
            s.append("      <feedback format=\"plain_text\"><text>").append(xml(feedback)).append("</text></feedback>\n");
        }
        return s.append("    </answer>\n").toString();
    }

    private static String subquestion(String left, String right) {
        return "    <subquestion format=\"plain_text\">\n      <text>" + xml(left) + "</text>\n      <answer><text>"
                + xml(right) + "</text></answer>\n    </subquestion>\n";
    }

    private void text(String element, String value) {
        out.append("    <").append(element).append(" format=\"plain_text\"><text>").append(xml(value)).append("</text></")
                .append(element).append(">\n");
    }

    private void tarikh(String key, String value) {
        out.append("    <!-- tarikh ").append(key).append(": ")
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D")).append(" -->\n");
    }

    /** Tarikh's {@code {{a|b}}} blanks as Moodle's {@code {1:SHORTANSWER:=a~=b}}. */
    static String clozeText(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\{(.*?)}}").matcher(text);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            List<String> alternatives = ClozeText.blanks(m.group()).get(0);
            StringBuilder blank = new StringBuilder("{1:SHORTANSWER:");
            for (int i = 0; i < alternatives.size(); i++) {
                blank.append(i == 0 ? "=" : "~=").append(MoodleXmlCloze.escape(alternatives.get(i)));
            }
            m.appendReplacement(s, java.util.regex.Matcher.quoteReplacement(blank.append('}').toString()));
        }
        m.appendTail(s);
        return s.toString();
    }

    /** Moodle keeps fractions to seven places. */
    private static double round(double fraction) {
        return Math.round(fraction * 1e7) / 1e7;
    }

    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String comment(String s) {
        return s.replace("--", "- -").replace('\n', ' ');
    }
}
