package org.tarikh.bank.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;

/** Checks one question given as a plain map (parsed from YAML or JSON) and turns it into a {@link QuestionSpec}. */
public final class QuestionValidator {

    /** Allowed shape of question ids and bank slugs. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");
    /** Longest question id, topic and tag (the columns hold 64). */
    public static final int MAX_NAME = 64;
    /** Longest source section (a heading). */
    static final int MAX_SECTION = 200;
    static final List<String> COMMON = List.of("id", "type", "topic", "prompt", "explanation", "source", "difficulty", "tags",
            "feedback");
    /** Longest feedback text. */
    static final int MAX_FEEDBACK = 2000;
    private static final String TYPES =
            Stream.of(QuestionType.values()).map(QuestionType::code).collect(Collectors.joining(", "));

    private QuestionValidator() {
    }

    /** Every problem of the question, each naming its field; the question itself when there are none. */
    public static ValidationResult validate(Map<String, ?> raw, ValidationContext ctx) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader r = new FieldReader(raw, "", errors);
        String id = r.requiredString("id");
        if (id != null && r.isName("id", id, MAX_NAME) && !SLUG.matcher(id).matches()) {
            r.error("id", "id \"" + id + "\" may use only a-z, 0-9 and '-'");
        }
        QuestionType type = type(r);
        String topic = topic(r, ctx);
        String prompt = type == QuestionType.CARD ? r.requiredString("front") : r.requiredString("prompt");
        Body body = type == null ? null : new BodyReader(r, ctx.sections() == null ? 2 : 3).read(type);
        // Curated banks always explain; a teacher's question (often imported from GIFT or Anki) may not.
        String explanation = ctx.sections() == null ? r.optionalString("explanation") : r.requiredString("explanation");
        List<String> sections = sections(r, ctx);
        Integer difficulty = r.optionalInt("difficulty");
        if (difficulty != null && (difficulty < 1 || difficulty > 5)) {
            r.error("difficulty", "difficulty must be 1 (easy) to 5 (hard), not " + difficulty);
        }
        List<String> tags = r.optionalStrings("tags");
        if (tags != null) {
            for (int i = 0; i < tags.size(); i++) {
                r.isName("tags[" + i + "]", tags.get(i), MAX_NAME);
            }
        }
        Map<String, String> feedback = feedback(r);
        if (type != null) {
            r.rejectUnknown(allowedFields(type), type == QuestionType.CARD ? " (a card's front is its prompt)" : null);
        }
        if (!errors.isEmpty()) {
            return new ValidationResult(null, errors);
        }
        return new ValidationResult(new QuestionSpec(id, topic, prompt, body, explanation, sections, difficulty, tags,
                feedback), errors);
    }

    /** {@code feedback}: what was answered (see {@link QuestionSpec#feedback}) to the text shown after answering. */
    private static Map<String, String> feedback(FieldReader r) {
        Map<String, ?> raw = r.optionalMap("feedback");
        if (raw == null) {
            return null;
        }
        Map<String, String> feedback = new java.util.LinkedHashMap<>();
        FieldReader fr = r.nested(raw, "feedback");
        for (String key : raw.keySet()) {
            String text = fr.requiredString(key);
            if (key.isBlank()) {
                r.error("feedback", "feedback: a key may not be empty");
            } else if (text != null && text.length() > MAX_FEEDBACK) {
                r.error("feedback", "feedback: \"" + key + "\" is longer than " + MAX_FEEDBACK + " characters");
            } else if (text != null) {
                feedback.put(key, text);
            }
        }
        return feedback;
    }

    static Set<String> allowedFields(QuestionType type) {
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(BodyReader.FIELDS.get(type));
        if (type == QuestionType.CARD) {
            allowed.remove("prompt");
        }
        return allowed;
    }

    private static QuestionType type(FieldReader r) {
        String code = r.requiredString("type");
        if (code == null) {
            return null;
        }
        QuestionType type = QuestionType.fromCode(code).orElse(null);
        if (type == null) {
            r.error("type", "unknown type \"" + code + "\" (known: " + TYPES + ")");
        }
        return type;
    }

    private static String topic(FieldReader r, ValidationContext ctx) {
        String topic = r.requiredString("topic");
        if (topic != null && !r.isName("topic", topic, MAX_NAME)) {
            return topic;
        }
        if (topic != null && !ctx.topics().isEmpty() && !ctx.topics().contains(topic)) {
            r.error("topic", "topic \"" + topic + "\" is not one of " + String.join(", ", ctx.topics()));
        }
        return topic;
    }

    /** {@code source: {section: "..."}} or, for a question drawing on several, {@code source: {sections: [...]}}. */
    private static List<String> sections(FieldReader r, ValidationContext ctx) {
        Map<String, ?> source = ctx.sections() == null ? r.optionalMap("source") : r.requiredMap("source");
        if (source == null) {
            return null;
        }
        FieldReader sr = r.nested(source, "source");
        sr.rejectUnknown(Set.of("section", "sections"), null);
        if (sr.has("section") == sr.has("sections")) {
            sr.error("section", "source needs either section or sections (a list), not " + (sr.has("section") ? "both" : "neither"));
            return null;
        }
        if (sr.has("section")) {
            String section = sr.requiredString("section");
            checkCited(sr, "section", section, ctx);
            return section == null ? null : List.of(section);
        }
        List<String> sections = sr.requiredStrings("sections");
        if (sections == null) {
            return null;
        }
        if (sections.isEmpty()) {
            sr.error("sections", "source.sections must list at least one section");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            String field = "sections[" + i + "]";
            checkCited(sr, field, sections.get(i), ctx);
            if (!seen.add(sections.get(i))) {
                sr.error(field, "source." + field + " \"" + sections.get(i) + "\" is cited twice");
            }
        }
        return sections;
    }

    /** A cited section must be one of the source's sections (when the source is known). */
    private static void checkCited(FieldReader sr, String field, String section, ValidationContext ctx) {
        if (section == null || !sr.isName(field, section, MAX_SECTION)) {
            return;
        }
        if (ctx.sections() != null && !ctx.sections().contains(section)) {
            sr.error(field, "source." + field + " \"" + section + "\" is not a section of source.yaml" + nearest(section, ctx));
        }
    }

    /** A hint for the usual slip: a hyphen typed for the heading's en dash, or a change of case. */
    private static String nearest(String section, ValidationContext ctx) {
        return ctx.sections().stream()
                .filter(s -> loose(s).equals(loose(section)))
                .findFirst().map(s -> " (did you mean \"" + s + "\"?)").orElse("");
    }

    private static String loose(String s) {
        return s.replaceAll("[\\p{Pd}\u2212]", "-").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
