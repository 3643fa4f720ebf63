package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.format.LineMessage;

/**
 * Reads an Anki-style CSV/TSV file into {@code card} questions, following Anki's text import
 * (https://docs.ankiweb.net/importing/text-files.html): optional {@code #separator:}, {@code #html:}, {@code #tags:},
 * {@code #columns:}, {@code #deck:} and {@code #… column:N} headers; without {@code #columns:} the columns are
 * front, back and tags. Every problem is reported with the line its record starts on.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static ImportedQuestions read(String text) {
        List<LineMessage> errors = new ArrayList<>();
        String clean = normalise(text);
        CsvHeaders headers = CsvHeaders.read(clean, errors);
        char separator = headers.separatorFor(clean);
        CsvLayout layout = CsvLayout.of(headers, separator, errors);
        List<QuestionSpec> questions = List.of();
        List<LineMessage> notes = new ArrayList<>();
        if (layout.isUsable()) {
            List<CsvRecords.Row> rows = CsvRecords.split(clean, headers.bodyOffset, headers.bodyLine, separator, errors);
            questions = new CsvCards(headers, layout, errors, notes).build(rows);
        }
        errors.sort(Comparator.comparingInt(LineMessage::line));
        return new ImportedQuestions(questions, errors, List.of(), errors.isEmpty() ? notes : List.of());
    }

    /** Without a byte-order mark, and with every line ending a plain {@code \n}. */
    private static String normalise(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
