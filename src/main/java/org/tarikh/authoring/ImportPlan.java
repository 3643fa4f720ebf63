package org.tarikh.authoring;

import java.util.List;
import org.tarikh.bank.content.CorrectAnswer;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.LineMessage;

/**
 * What an import would do, shown before the teacher confirms: each question's fate, what is skipped, what was
 * converted or left out of a question (notes), every error.
 */
public record ImportPlan(List<Row> rows, List<LineMessage> skipped, List<LineMessage> notes, List<LineMessage> errors) {

    /** What happens to one question of the file. */
    public enum Change { NEW, UPDATED, UNCHANGED }

    /** One question of the file and what the import does with it. */
    public record Row(QuestionSpec question, Change change) {

        /** The right answer as learners will see it after answering, so the teacher can check the parse. */
        public String answer() {
            return CorrectAnswer.describe(question.body());
        }

        public String changeLabel() {
            return change.name().toLowerCase();
        }
    }

    /** The notes about questions that are imported (the skipped ones are listed apart). */
    public List<LineMessage> conversions() {
        return notes.stream().filter(n -> !skipped.contains(n)).toList();
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public long newCount() {
        return count(Change.NEW);
    }

    public long updatedCount() {
        return count(Change.UPDATED);
    }

    public long unchangedCount() {
        return count(Change.UNCHANGED);
    }

    public long count(Change change) {
        return rows.stream().filter(r -> r.change() == change).count();
    }
}
