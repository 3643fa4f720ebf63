package org.tarikh.authoring;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.bank.format.QuestionMaps;
import org.tarikh.bank.transfer.QuestionIds;

/**
 * The editor's state: what the teacher typed, row by row, whether or not it is a valid question yet. It turns into
 * a question map for the validator, and back from a stored question for editing. Rows hold the choices, items or
 * accepted answers, depending on the type; match questions use the pairs.
 */
public final class QuestionForm {

    /** A row of a list: its text, whether it is marked right, and its partial credit in percent (blank: none). */
    public record Row(String text, boolean right, String weight) {
    }

    /** A match pair as typed. */
    public record PairRow(String left, String right) {
    }

    public QuestionType type = QuestionType.SINGLE;
    public boolean isNew = true;
    public Integer baseVersion;
    public String id = "";
    public String topic = "";
    public String prompt = "";
    public String explanation = "";
    public String section = "";
    public String difficulty = "";
    public String tags = "";
    public List<Row> rows = new ArrayList<>();
    public List<PairRow> pairs = new ArrayList<>();
    public String truth = "true";
    public String number = "";
    public String tolerance = "";
    public String unit = "";
    public String date = "";
    public String cloze = "";
    public String back = "";

    /** A blank form for a new question of {@code type}, with the rows the type needs at least. */
    public static QuestionForm blank(QuestionType type) {
        QuestionForm f = new QuestionForm();
        f.type = type;
        f.fillRows();
        return f;
    }

    /** The form showing a stored question, for editing version {@code version}. */
    public static QuestionForm of(QuestionSpec q, int version) {
        QuestionForm f = new QuestionForm();
        f.type = q.type();
        f.isNew = false;
        f.baseVersion = version;
        f.id = q.id();
        f.topic = q.topic();
        f.prompt = q.prompt() == null ? "" : q.prompt();
        f.explanation = q.explanation() == null ? "" : q.explanation();
        f.section = QuestionMaps.joinSections(q.sections());
        f.difficulty = q.difficulty() == null ? "" : q.difficulty().toString();
        f.tags = q.tags() == null ? "" : String.join(", ", q.tags());
        fillAnswer(f, q.body());
        return f;
    }

    /** The body's answer in the form's fields: one case per question type, so a new type is a compile error here. */
    private static void fillAnswer(QuestionForm f, Body b) {
        Runnable fill = switch (b.type()) {
            case SINGLE -> () -> {
                Body.Single s = (Body.Single) b;
                s.choices().forEach(c -> f.rows.add(new Row(c, c.equals(s.answer()), weight(s.weights(), c))));
            };
            case MULTI -> () -> {
                Body.Multi m = (Body.Multi) b;
                m.choices().forEach(c -> f.rows.add(new Row(c, m.answers().contains(c), weight(m.weights(), c))));
            };
            case TRUEFALSE -> () -> f.truth = String.valueOf(((Body.TrueFalse) b).answer());
            case NUMERIC -> () -> {
                Body.Numeric n = (Body.Numeric) b;
                f.number = plain(n.answer());
                f.tolerance = n.tolerance() == 0 ? "" : plain(n.tolerance());
                f.unit = n.unit() == null ? "" : n.unit();
            };
            case DATE -> () -> f.date = ((Body.DateAnswer) b).answer().toString();
            case TEXT -> () -> ((Body.Text) b).accept().forEach(a -> f.rows.add(new Row(a, true, "")));
            case CLOZE -> () -> f.cloze = ((Body.Cloze) b).text();
            case ORDER -> () -> ((Body.Order) b).items().forEach(i -> f.rows.add(new Row(i, false, "")));
            case MATCH -> () -> ((Body.Match) b).pairs().forEach(p -> f.pairs.add(new PairRow(p.left(), p.right())));
            case CARD -> () -> f.back = ((Body.Card) b).back();
        };
        fill.run();
    }

    /** The form as posted; {@code right} holds the indexes of the rows marked right. */
    public static QuestionForm read(MultivaluedMap<String, String> form) {
        QuestionForm f = new QuestionForm();
        f.type = QuestionType.fromCode(first(form, "type")).orElse(QuestionType.SINGLE);
        f.isNew = !"false".equals(first(form, "isNew"));
        String base = first(form, "baseVersion");
        f.baseVersion = base.matches("\\d{1,9}") ? Integer.valueOf(base) : null;
        f.id = first(form, "id").strip();
        f.topic = first(form, "topic").strip();
        f.prompt = first(form, "prompt");
        f.explanation = first(form, "explanation");
        f.section = first(form, "section").strip();
        f.difficulty = first(form, "difficulty").strip();
        f.tags = first(form, "tags");
        List<String> texts = all(form, "row");
        List<String> weights = all(form, "weight");
        List<String> right = all(form, "right");
        for (int i = 0; i < texts.size(); i++) {
            f.rows.add(new Row(texts.get(i), right.contains(String.valueOf(i)), i < weights.size() ? weights.get(i).strip() : ""));
        }
        List<String> lefts = all(form, "left");
        List<String> rights = all(form, "rightSide");
        for (int i = 0; i < lefts.size(); i++) {
            f.pairs.add(new PairRow(lefts.get(i), i < rights.size() ? rights.get(i) : ""));
        }
        f.truth = first(form, "truth").isEmpty() ? "true" : first(form, "truth");
        f.number = first(form, "number").strip();
        f.tolerance = first(form, "tolerance").strip();
        f.unit = first(form, "unit").strip();
        f.date = first(form, "date").strip();
        f.cloze = first(form, "cloze");
        f.back = first(form, "back");
        return f;
    }

    /**
     * Applies an editor button: {@code add-row}, {@code remove-row-N}, {@code up-row-N}, {@code down-row-N},
     * {@code add-pair}, {@code remove-pair-N}, or {@code type-X} to switch type. Unknown operations change nothing.
     */
    public void apply(String op) {
        if (op == null) {
            return;
        }
        int n = op.matches(".*-\\d{1,3}") ? Integer.parseInt(op.substring(op.lastIndexOf('-') + 1)) : -1;
        if (op.equals("add-row") && rows.size() < 8 + (type == QuestionType.TEXT ? 12 : 0)) {
            rows.add(new Row("", false, ""));
        } else if (op.startsWith("remove-row-") && n >= 0 && n < rows.size()) {
            rows.remove(n);
        } else if (op.startsWith("up-row-") && n > 0 && n < rows.size()) {
            rows.add(n - 1, rows.remove(n));
        } else if (op.startsWith("down-row-") && n >= 0 && n < rows.size() - 1) {
            rows.add(n + 1, rows.remove(n));
        } else if (op.equals("add-pair") && pairs.size() < 8) {
            pairs.add(new PairRow("", ""));
        } else if (op.startsWith("remove-pair-") && n >= 0 && n < pairs.size()) {
            pairs.remove(n);
        } else if (op.startsWith("type-")) {
            QuestionType.fromCode(op.substring(5)).ifPresent(t -> {
                type = t;
                fillRows();
            });
        }
    }

    /** Nothing typed yet: a new form as it was opened (its preview then shows no errors). */
    public boolean untouched() {
        return isNew && id.isBlank() && prompt.isBlank() && explanation.isBlank() && number.isBlank() && date.isBlank()
                && cloze.isBlank() && back.isBlank() && rows.stream().allMatch(r -> r.text().isBlank())
                && pairs.stream().allMatch(p -> p.left().isBlank() && p.right().isBlank());
    }

    /**
     * The id a new question gets when the teacher leaves it empty: from its words. A cloze's prompt is often the
     * same instruction each time ("Fill in the blanks."), so its sentence is used, without the braces.
     */
    public String derivedId() {
        if (type == QuestionType.CLOZE && !cloze.isBlank()) {
            return QuestionIds.slug(cloze.replaceAll("\\|[^}]*}}", "}}").replace("{{", "").replace("}}", ""));
        }
        return QuestionIds.slug(prompt.isBlank() ? back : prompt);
    }

    /** The question in the shape of docs/questions.md, for the validator; blank rows are left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", id.isEmpty() && isNew ? derivedId() : id);
        map.put("type", type.code());
        map.put("topic", topic);
        map.put(type == QuestionType.CARD ? "front" : "prompt", prompt.strip());
        switch (type) {
            case SINGLE -> {
                map.put("choices", texts());
                filled().stream().filter(Row::right).findFirst().ifPresent(r -> map.put("answer", r.text().strip()));
                putWeights(map);
            }
            case MULTI -> {
                map.put("choices", texts());
                map.put("answers", filled().stream().filter(Row::right).map(r -> r.text().strip()).toList());
                putWeights(map);
            }
            case TRUEFALSE -> map.put("answer", Boolean.parseBoolean(truth));
            case NUMERIC -> {
                map.put("answer", numberOrText(number));
                if (!tolerance.isEmpty()) {
                    map.put("tolerance", numberOrText(tolerance));
                }
                if (!unit.isEmpty()) {
                    map.put("unit", unit);
                }
            }
            case DATE -> map.put("answer", date);
            case TEXT -> map.put("accept", texts());
            case CLOZE -> map.put("text", cloze.strip());
            case ORDER -> map.put("items", texts());
            case MATCH -> map.put("pairs", pairs.stream().filter(p -> !p.left().isBlank() || !p.right().isBlank())
                    .map(p -> Map.of("left", p.left().strip(), "right", p.right().strip())).toList());
            case CARD -> map.put("back", back.strip());
        }
        if (!explanation.isBlank()) {
            map.put("explanation", explanation.strip());
        }
        Map<String, Object> source = QuestionMaps.source(QuestionMaps.splitSections(section));
        if (source != null) {
            map.put("source", source);
        }
        if (!difficulty.isEmpty()) {
            map.put("difficulty", numberOrText(difficulty));
        }
        List<String> tagList = List.of(tags.split(",")).stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        if (!tagList.isEmpty()) {
            map.put("tags", tagList);
        }
        return map;
    }

    public boolean hasDifficulty(int level) {
        return difficulty.equals(String.valueOf(level));
    }

    public boolean usesRows() {
        return type == QuestionType.SINGLE || type == QuestionType.MULTI || type == QuestionType.TEXT
                || type == QuestionType.ORDER;
    }

    public boolean choiceType() {
        return type == QuestionType.SINGLE || type == QuestionType.MULTI;
    }

    public String typeCode() {
        return type.code();
    }

    private void fillRows() {
        int min = switch (type) {
            case SINGLE, MULTI, ORDER -> type == QuestionType.ORDER ? 3 : 4;
            case TEXT -> 1;
            default -> 0;
        };
        while (rows.size() < min) {
            rows.add(new Row("", false, ""));
        }
        while (type == QuestionType.MATCH && pairs.size() < 3) {
            pairs.add(new PairRow("", ""));
        }
    }

    private List<Row> filled() {
        return rows.stream().filter(r -> !r.text().isBlank()).toList();
    }

    private List<String> texts() {
        return filled().stream().map(r -> r.text().strip()).toList();
    }

    private void putWeights(Map<String, Object> map) {
        Map<String, Object> weights = new LinkedHashMap<>();
        for (Row r : filled()) {
            if (!r.weight().isEmpty()) {
                weights.put(r.text().strip(), numberOrText(r.weight()));
            }
        }
        if (!weights.isEmpty()) {
            map.put("weights", weights);
        }
    }

    /** A number when the text is one; otherwise the text itself, so the validator names the field. */
    private static Object numberOrText(String text) {
        try {
            double d = Double.parseDouble(text.strip());
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String weight(Map<String, Double> weights, String choice) {
        Double w = weights == null ? null : weights.get(choice);
        return w == null ? "" : plain(w);
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static String first(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v;
    }

    private static List<String> all(MultivaluedMap<String, String> form, String name) {
        List<String> v = form.get(name);
        return v == null ? List.of() : v;
    }
}
