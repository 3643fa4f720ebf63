package org.tarikh.bank.format;

import java.util.List;
import org.tarikh.bank.content.QuestionSpec;

/** One bank file: its header and its questions, in file order. */
public record BankFile(String slug, String title, String description, String language, List<QuestionSpec> questions) {

    public BankFile {
        questions = List.copyOf(questions);
    }
}
