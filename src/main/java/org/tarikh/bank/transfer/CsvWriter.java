package org.tarikh.bank.transfer;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tarikh.bank.content.QuestionSpec;

/**
 * Writes questions as an Anki-style tab-separated file (plain text, not HTML) that Anki imports as Basic notes and
 * {@link CsvReader} reads back. Every type becomes a card: the front is the prompt as a learner sees it, the back
 * the right answer; the explanation has its own column. Cards round-trip; source and difficulty are not written.
 */
public final class CsvWriter {

    /** The header lines, naming the six columns of every record. */
    static final String HEADER = String.join("\n",
            "#separator:tab",
            "#html:false",
            "#notetype:Basic",
            "#columns:Id\tFront\tBack\tExplanation\tTags\tTopic",
            "#guid column:1",
            "#tags column:5",
            "#deck column:6") + "\n";

    private CsvWriter() {
    }

    public static ExportedFile write(List<QuestionSpec> questions) {
        StringBuilder out = new StringBuilder(HEADER);
        for (QuestionSpec q : questions) {
            String tags = q.tags() == null ? "" : q.tags().stream().map(QuestionIds::slug).collect(Collectors.joining(" "));
            out.append(Stream.of(q.id(), CsvCardText.front(q), CsvCardText.back(q.body()), q.explanation(), tags, q.topic())
                    .map(CsvWriter::cell)
                    .collect(Collectors.joining("\t"))).append('\n');
        }
        return new ExportedFile(out.toString(), List.of());
    }

    /** The value as a field: quoted (quotes doubled) when it holds a tab, quote or line break, or starts or ends blank. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        boolean quote = v.indexOf('\t') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.equals(v.strip());
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
