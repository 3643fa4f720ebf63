package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.LineMessage;

/**
 * What a file held: the questions that passed the validator, every error (a file with any error imports
 * nothing), what was left out on purpose because Tarikh has no such question type (each with its line), and
 * notes: everything kept in another form or left out of a question that was imported, by line. Every skipped
 * question is a note too, so a reader of the notes alone misses nothing.
 */
public record ImportedQuestions(List<QuestionSpec> questions, List<LineMessage> errors, List<LineMessage> skipped,
                                List<LineMessage> notes) {

    public ImportedQuestions {
        questions = List.copyOf(questions);
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
        List<LineMessage> all = new ArrayList<>(notes);
        skipped.stream().filter(s -> !all.contains(s)).forEach(all::add);
        all.sort(Comparator.comparingInt(LineMessage::line));
        notes = List.copyOf(all);
    }

    public ImportedQuestions(List<QuestionSpec> questions, List<LineMessage> errors, List<LineMessage> skipped) {
        this(questions, errors, skipped, List.of());
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
