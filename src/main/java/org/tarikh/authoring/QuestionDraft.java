package org.tarikh.authoring;

import org.tarikh.bank.content.QuestionType;
import org.tarikh.bank.transfer.QuestionIds;

/**
 * The editor's state: what the teacher typed, whether or not it is a valid question yet. {@code isNew} tells an
 * added question from an edit of version {@code baseVersion}. It comes from the posted form ({@link DraftFromForm})
 * or a stored question ({@link DraftFromSpec}), changes only through an {@link EditorOperation}, and becomes a
 * question map for the validator through {@link DraftToMap}.
 */
public record QuestionDraft(QuestionType type, boolean isNew, Integer baseVersion, String id, String topic,
                            String prompt, String explanation, String section, String difficulty, String tags,
                            DraftAnswer answer) {

    /** A blank form for a new question of {@code type}, with the rows the type needs at least. */
    static QuestionDraft blank(QuestionType type) {
        return new QuestionDraft(type, true, null, "", "", "", "", "", "", "", DraftAnswer.empty().filledFor(type));
    }

    QuestionDraft withId(String changed) {
        return new QuestionDraft(type, isNew, baseVersion, changed, topic, prompt, explanation, section, difficulty,
                tags, answer);
    }

    /** The draft as another type: what was typed stays, and the rows the new type needs are added. */
    QuestionDraft withType(QuestionType changed) {
        return new QuestionDraft(changed, isNew, baseVersion, id, topic, prompt, explanation, section, difficulty,
                tags, answer.filledFor(changed));
    }

    QuestionDraft withAnswer(DraftAnswer changed) {
        return new QuestionDraft(type, isNew, baseVersion, id, topic, prompt, explanation, section, difficulty, tags,
                changed);
    }

    /** Nothing typed yet: a new form as it was opened (its preview then shows no errors). */
    public boolean untouched() {
        return isNew && id.isBlank() && prompt.isBlank() && explanation.isBlank() && answer.untouched();
    }

    /**
     * The id a new question gets when the teacher leaves it empty: from its words. A cloze's prompt is often the
     * same instruction each time ("Fill in the blanks."), so its sentence is used, without the braces.
     */
    public String derivedId() {
        String cloze = answer.cloze();
        if (type == QuestionType.CLOZE && !cloze.isBlank()) {
            return QuestionIds.slug(cloze.replaceAll("\\|[^}]*}}", "}}").replace("{{", "").replace("}}", ""));
        }
        return QuestionIds.slug(prompt.isBlank() ? answer.back() : prompt);
    }

    /** How many rows "Add" may grow the list to. */
    int maxRows() {
        return type == QuestionType.TEXT ? DraftAnswer.MAX_TEXT_ROWS : DraftAnswer.MAX_ROWS;
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
}
