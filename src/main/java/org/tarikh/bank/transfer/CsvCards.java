package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.FieldError;
import org.tarikh.bank.format.LineMessage;
import org.tarikh.bank.format.QuestionValidator;
import org.tarikh.bank.format.ValidationContext;
import org.tarikh.bank.format.ValidationResult;

/** Turns the records of a text file into cards, checked by the {@link QuestionValidator} like any other question. */
final class CsvCards {

    private static final String DEFAULT_TOPIC = "cards";

    private final CsvHeaders headers;
    private final CsvLayout layout;
    private final List<LineMessage> errors;
    private final List<LineMessage> notes;

    CsvCards(CsvHeaders headers, CsvLayout layout, List<LineMessage> errors, List<LineMessage> notes) {
        this.headers = headers;
        this.layout = layout;
        this.errors = errors;
        this.notes = notes;
    }

    List<QuestionSpec> build(List<CsvRecords.Row> rows) {
        List<CsvRecords.Row> kept = new ArrayList<>();
        List<Map<String, Object>> cards = new ArrayList<>();
        for (CsvRecords.Row row : rows) {
            Map<String, Object> card = card(row);
            if (card != null) {
                kept.add(row);
                cards.add(card);
            }
        }
        assignIds(kept, cards);
        List<QuestionSpec> questions = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i) == null) {
                continue;
            }
            ValidationResult result = QuestionValidator.validate(cards.get(i), ValidationContext.open());
            for (FieldError e : result.errors()) {
                String message = e.field().isEmpty() ? e.message() : e.field() + ": " + e.message();
                errors.add(new LineMessage(kept.get(i).line(), message));
            }
            if (result.isValid()) {
                questions.add(result.question());
            }
        }
        return questions;
    }

    /** The card's fields as a bank file would hold them (id still to come); null after recording why there is none. */
    private Map<String, Object> card(CsvRecords.Row row) {
        List<String> fields = row.fields();
        String problem = layout.checkWidth(fields);
        String front = text(layout.get(fields, CsvColumn.FRONT), row.line(), "front");
        String back = text(layout.get(fields, CsvColumn.BACK), row.line(), "back");
        boolean cloze = AnkiCloze.isCloze(front);
        if (problem == null && (front.isBlank() || (back.isBlank() && !cloze))) {
            problem = front.isBlank() ? "the front is empty" : "the back is empty";
        }
        if (problem != null) {
            errors.add(new LineMessage(row.line(), problem));
            return null;
        }
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", layout.get(fields, CsvColumn.ID).strip());
        card.put("type", "card");
        String topic = topicOf(layout.get(fields, CsvColumn.TOPIC));
        card.put("topic", topic.isEmpty() ? defaultTopic() : topic);
        card.put("front", front);
        card.put("back", back);
        String explanation = text(layout.get(fields, CsvColumn.EXPLANATION), row.line(), "explanation");
        if (!explanation.isBlank()) {
            card.put("explanation", explanation);
        }
        if (cloze) {
            AnkiCloze.toCloze(card, row.line(), notes);
        }
        List<String> tags = tags(layout.get(fields, CsvColumn.TAGS));
        if (!tags.isEmpty()) {
            card.put("tags", tags);
        }
        return card;
    }

    /**
     * Ids from the file are kept (and reserved first, so made-up ones never collide); the rest come from the front.
     * A card whose id an earlier one already has is reported and left out (its slot set to null).
     */
    private void assignIds(List<CsvRecords.Row> rows, List<Map<String, Object>> cards) {
        QuestionIds ids = new QuestionIds();
        Map<Object, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            Object id = cards.get(i).get("id");
            if (id instanceof String guid && !guid.isEmpty() && !QuestionValidator.SLUG.matcher(guid).matches()) {
                id = ankiId(guid);
                cards.get(i).put("id", id);
            }
            if (!"".equals(id) && !ids.reserve((String) id)) {
                String message = "id: the id \"" + id + "\" is already used on line " + firstLine.get(id);
                errors.add(new LineMessage(rows.get(i).line(), message));
                cards.set(i, null);
                continue;
            }
            firstLine.putIfAbsent(id, rows.get(i).line());
        }
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i) != null && "".equals(cards.get(i).get("id"))) {
                String front = (String) cards.get(i).getOrDefault("front", cards.get(i).get("text"));
                cards.get(i).put("id", ids.next(front, QuestionIds.fromContent(front)));
            }
        }
    }

    /**
     * An id for one of Anki's own guids (e.g. {@code b$Ji*0O9+}), which are not slugs: derived from the guid, so
     * importing the same export again updates the same questions.
     */
    static String ankiId(String guid) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(guid.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("anki-");
            for (int i = 0; i < 6; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The field as plain text; images and sounds, which Tarikh cannot hold, are taken out with a note. */
    private String text(String field, int line, String name) {
        String text = AnkiMedia.without(field, line, name, notes);
        return headers.html ? CsvHtml.toText(text) : text;
    }

    private String defaultTopic() {
        String topic = headers.deck == null ? "" : topicOf(headers.deck);
        return topic.isEmpty() ? DEFAULT_TOPIC : topic;
    }

    /** An Anki deck name's last part as a slug: "History::Najibullah::Offices" gives "offices". */
    static String topicOf(String deck) {
        String[] parts = deck.split("::");
        return parts.length == 0 ? "" : QuestionIds.slug(parts[parts.length - 1]);
    }

    /** The file's {@code #tags:} and the record's space-separated tags, each made a slug ("a::b" gives "a-b"). */
    private List<String> tags(String field) {
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : headers.tags) {
            tags.add(QuestionIds.slug(tag));
        }
        for (String tag : field.strip().split("\\s+")) {
            tags.add(QuestionIds.slug(tag));
        }
        tags.remove("");
        return new ArrayList<>(tags);
    }
}
