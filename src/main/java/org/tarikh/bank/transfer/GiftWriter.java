package org.tarikh.bank.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tarikh.bank.content.Body;
import org.tarikh.bank.content.QuestionSpec;
import org.tarikh.bank.content.QuestionType;
import org.tarikh.bank.format.QuestionMaps;

/**
 * Writes questions as Moodle GIFT text, in the given order: a {@code $CATEGORY} line whenever the topic changes,
 * Tarikh's {@code // source:}, {@code // tags:} and {@code // difficulty:} comments, the id as {@code ::title::},
 * and the answer block with {@code ####explanation}. Ordering, cloze and date questions have no GIFT form: they
 * are listed as skipped, in the file's first comment lines too. A numeric question's unit rides on a
 * {@code // unit:} comment and a card is written as a short answer marked {@code // type: card}, so that
 * {@link GiftReader} reads the file back to equal questions that score the same.
 */
public final class GiftWriter {

    private GiftWriter() {
    }

    /** The GIFT text of the questions, and those it leaves out with the reason. */
    public static ExportedFile write(List<QuestionSpec> questions) {
        StringBuilder out = new StringBuilder();
        List<ExportedFile.Skipped> skipped = new ArrayList<>();
        String topic = null;
        for (QuestionSpec q : questions) {
            String reason = GiftAnswerWriter.unsupported(q.body());
            if (reason != null) {
                skipped.add(new ExportedFile.Skipped(q.id(), q.type().code(), reason));
                continue;
            }
            if (!q.topic().equals(topic)) {
                topic = q.topic();
                blankLine(out).append("$CATEGORY: ").append(GiftCategory.path(topic)).append('\n');
            }
            question(blankLine(out), q);
        }
        return new ExportedFile(header(skipped) + out, skipped);
    }

    /** The questions GIFT cannot hold, named in the file itself as comments, which every GIFT reader ignores. */
    private static String header(List<ExportedFile.Skipped> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("// Left out of this GIFT file: " + skipped.size()
                + (skipped.size() == 1 ? " question" : " questions") + " GIFT cannot express (export as YAML to keep them)\n");
        for (ExportedFile.Skipped s : skipped) {
            out.append("// - ").append(s.questionId()).append(" (").append(s.type()).append("): ")
                    .append(s.reason().replace('\n', ' ')).append('\n');
        }
        return out.append('\n').toString();
    }

    private static StringBuilder blankLine(StringBuilder out) {
        return out.isEmpty() ? out : out.append('\n');
    }

    private static void question(StringBuilder out, QuestionSpec q) {
        if (!q.sections().isEmpty()) {
            out.append("// source: ").append(QuestionMaps.joinSections(q.sections())).append('\n');
        }
        if (q.tags() != null) {
            out.append("// tags: ").append(String.join(", ", q.tags())).append('\n');
        }
        if (q.difficulty() != null) {
            out.append("// difficulty: ").append(q.difficulty()).append('\n');
        }
        String unit = q.type() == QuestionType.NUMERIC ? ((Body.Numeric) q.body()).unit() : null;
        if (unit != null) {
            out.append("// unit: ").append(unit.replace('\n', ' ')).append('\n');
        }
        if (q.type() == QuestionType.CARD) {
            out.append("// type: card\n");
        }
        out.append("::").append(GiftEscapes.escape(q.id())).append("::");
        String block = GiftAnswerWriter.block(q.body(), q.explanation(),
                q.feedback() == null ? Map.of() : q.feedback());
        String prompt = q.prompt();
        int gap = prompt.indexOf(GiftQuestionParser.BLANK);
        String after = gap < 0 ? "" : prompt.substring(gap + GiftQuestionParser.BLANK.length());
        if (gap >= 0 && !after.isBlank() && !after.contains(GiftQuestionParser.BLANK)) {
            // A missing-word question, as Moodle writes it: the answers stand in the blank.
            out.append(GiftEscapes.escape(prompt.substring(0, gap))).append(block).append(GiftEscapes.escape(after));
        } else {
            out.append(GiftEscapes.escape(prompt)).append(' ').append(block);
        }
        out.append('\n');
    }
}
